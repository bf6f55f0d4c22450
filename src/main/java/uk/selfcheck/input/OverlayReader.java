package uk.selfcheck.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code overlay.yaml}. Rule ids are checked against the compiled pack later, where they are known. */
public final class OverlayReader {
    public static final String FILE = "overlay.yaml";
    private static final Set<String> TOP = Fields.keys("description", "disable", "severity", "grading");
    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    private OverlayReader() {
    }

    public static Overlay read(Path path, String displayName) throws InputException {
        List<InputError> problems = new ArrayList<>();
        Overlay overlay = read(path, displayName, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return overlay;
    }

    /**
     * Reads what can be read of an overlay, adding every problem to {@code problems}: the parts that are well formed
     * are kept, so that they can still be checked against the pack in the same run. Null when the file is not YAML
     * or not a mapping.
     */
    public static Overlay read(Path path, String displayName, List<InputError> problems) {
        YamlNode root;
        try {
            root = YamlReader.read(path, displayName);
        } catch (InputException e) {
            problems.addAll(e.errors());
            return null;
        }
        return read(root, displayName, problems);
    }

    /** As {@link #read(Path, String, List)}, from the file's bytes already read. */
    public static Overlay read(byte[] bytes, String displayName, List<InputError> problems) {
        YamlNode root;
        try {
            root = YamlReader.parse(bytes, displayName);
        } catch (InputException e) {
            problems.addAll(e.errors());
            return null;
        }
        return read(root, displayName, problems);
    }

    private static Overlay read(YamlNode root, String displayName, List<InputError> problems) {
        Fields f = new Fields(displayName);
        YamlNode.Mapping map = f.mapping(root, FILE).orElse(null);
        if (map == null) {
            problems.addAll(f.errors());
            return null;
        }
        f.allowOnly(map, TOP, FILE);
        String description = f.optionalText(map, "description").orElse("").strip();
        List<Overlay.Located> disable = new ArrayList<>();
        if (map.get("disable") != null) {
            f.sequence(map.get("disable"), "disable").ifPresent(seq -> seq.items().forEach(item -> f.text(item)
                    .ifPresent(id -> disable.add(new Overlay.Located(id, item.line(), item.column())))));
        }
        Map<String, Overlay.Located> severity = new LinkedHashMap<>();
        if (map.get("severity") != null) {
            f.mapping(map.get("severity"), "severity").ifPresent(m -> m.entries().forEach((id, e) -> f.choice(
                    e.value(), SEVERITIES, "severity").ifPresent(s -> severity.put(id,
                    new Overlay.Located(s, e.line(), e.column())))));
        }
        YamlNode.Mapping grading = null;
        if (map.get("grading") != null) {
            grading = f.mapping(map.get("grading"), "grading").orElse(null);
        }
        problems.addAll(f.errors());
        return new Overlay(displayName, description, disable, severity, grading);
    }

    /**
     * Lays an overlay's {@code grading:} over the pack's: every key must already exist in the pack (a misspelt key
     * would otherwise change nothing), and a number may only replace a number.
     */
    public static YamlNode.Mapping merge(YamlNode.Mapping base, YamlNode.Mapping over, Fields f) {
        Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(base.entries());
        for (YamlNode.Entry entry : over.entries().values()) {
            YamlNode.Entry existing = base.entries().get(entry.key());
            String path = YamlNode.child(over.path(), entry.key());
            if (existing == null) {
                f.error(entry, path, "unknown grading setting '" + entry.key() + "'; pack.yaml has: "
                        + String.join(", ", base.entries().keySet()), Suggestions.closest(entry.key(),
                        base.entries().keySet()));
                continue;
            }
            YamlNode baseValue = existing.value();
            YamlNode value = entry.value();
            if (baseValue instanceof YamlNode.Mapping baseMap && value instanceof YamlNode.Mapping overMap) {
                merged.put(entry.key(), new YamlNode.Entry(entry.key(), existing.line(), existing.column(),
                        merge(baseMap, overMap, f)));
            } else if (baseValue instanceof YamlNode.Scalar b && value instanceof YamlNode.Scalar v
                    && b.type() == v.type()) {
                merged.put(entry.key(), entry);
            } else {
                f.error(value, "must be " + describeKind(baseValue) + ", as in pack.yaml, but this is "
                        + value.describe());
            }
        }
        return new YamlNode.Mapping(merged, base.line(), base.column(), base.path());
    }

    private static String describeKind(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return switch (scalar.type()) {
                case NUMBER -> "a number";
                case BOOLEAN -> "true or false";
                default -> "text";
            };
        }
        return node instanceof YamlNode.Mapping ? "a mapping" : "a list";
    }
}
