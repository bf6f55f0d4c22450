package uk.selfcheck.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.Fields;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.input.YamlNode;
import uk.selfcheck.input.YamlReader;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.RuleInfo;

/** Reads an expectation file, checking every judgement id, grade and rule id against the pack. */
public final class ExpectationReader {
    private static final Set<String> TOP = Fields.keys("judgements", "fires", "does_not_fire", "reason",
            "calibration", "source");
    private static final Set<String> SOURCE = Fields.keys("authority", "published", "address");

    private ExpectationReader() {
    }

    public static Expectation read(Path path, String displayName, RulePack pack) throws InputException {
        return read(path, displayName, pack, Overlays.of(pack));
    }

    /** As {@link #read(Path, String, RulePack)}, a rule an overlay disables being skipped rather than refused. */
    public static Expectation read(Path path, String displayName, RulePack pack, Overlays overlays)
            throws InputException {
        YamlNode root = YamlReader.read(path, displayName);
        Fields f = new Fields(displayName);
        YamlNode.Mapping map = f.mapping(root, "an expectation file").orElse(null);
        f.throwIfAny();
        f.allowOnly(map, TOP, "an expectation file");
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> judgements = new LinkedHashMap<>();
        Set<String> judgementIds = new TreeSet<>();
        pack.manifest().frameworks().values().forEach(fw -> fw.judgements().forEach(j -> judgementIds.add(j.id())));
        judgementIds.add(Expectation.OVERALL);
        List<String> grades = new ArrayList<>(Arrays.stream(Grade.values()).map(Grade::id).toList());
        grades.add(Expectation.NOT_GRADED);
        if (map.get("judgements") != null) {
            f.mapping(map.get("judgements"), "judgements").ifPresent(m -> m.entries().forEach((id, entry) -> {
                if (!judgementIds.contains(id)) {
                    f.error(entry, YamlNode.child(m.path(), id), "unknown judgement '" + id + "'",
                            Suggestions.closest(id, judgementIds));
                    return;
                }
                f.choice(entry.value(), grades, "grade").ifPresent(g -> {
                    judgements.put(id, g);
                    lines.put("judgements." + id, entry.line());
                });
            }));
        }
        List<Mismatch> skipped = new ArrayList<>();
        List<String> fires = ruleIds(f, map, "fires", pack, lines, overlays, skipped);
        List<String> doesNotFire = ruleIds(f, map, "does_not_fire", pack, lines, overlays, skipped);
        String reason = f.optionalText(map, "reason").orElse("");
        boolean calibration = map.get("calibration") != null
                && f.choice(map.get("calibration"), List.of("true", "false"), "calibration").orElse("false").equals("true");
        if (map.get("source") != null) {
            f.mapping(map.get("source"), "source").ifPresent(m -> {
                f.allowOnly(m, SOURCE, "source");
                SOURCE.forEach(key -> f.requiredText(m, key, "the report's " + key));
            });
        }
        f.throwIfAny();
        return new Expectation(displayName, judgements, fires, doesNotFire, reason, lines, calibration,
                List.copyOf(skipped));
    }

    /**
     * A list of rule ids that must each exist in the pack, so a misspelt id cannot make a check pass. An id an overlay
     * disables is not checked, and is added to {@code skipped} with the overlay that disables it.
     */
    static List<String> ruleIds(Fields f, YamlNode.Mapping map, String key, RulePack pack, Map<String, Integer> lines,
                                Overlays overlays, List<Mismatch> skipped) {
        List<String> ids = new ArrayList<>();
        YamlNode node = map.get(key);
        if (node == null) {
            return ids;
        }
        f.sequence(node, key).ifPresent(seq -> seq.items().forEach(item -> f.text(item).ifPresent(id -> {
            if (pack.rule(id).isEmpty() && overlays.disabledBy(id).isPresent()) {
                skipped.add(new Mismatch(f.file(), item.line(), overlays.disabledBy(id).get().why(id)));
            } else if (pack.rule(id).isEmpty()) {
                f.error(item, "no rule '" + id + "' in the pack",
                        Suggestions.closest(id, pack.rules().stream().map(RuleInfo::id).toList()));
            } else {
                ids.add(id);
                lines.put(key + "." + id, item.line());
            }
        })));
        return ids;
    }
}
