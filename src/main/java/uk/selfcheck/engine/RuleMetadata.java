package uk.selfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Kind;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.Severity;

/** Reads and checks the {@code @key("value")} annotations of a finding rule. */
final class RuleMetadata {
    static final List<String> KEYS = List.of("kind", "area", "theme", "severity", "title", "text",
            "recommendation", "sources");
    static final Pattern ID = Pattern.compile("[SW]-[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern CRITERION = Pattern.compile("criterion\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern FIGURE = Pattern.compile("figure\\s*==\\s*\"([^\"]*)\"");

    private RuleMetadata() {
    }

    /**
     * Builds the rule's {@link RuleInfo}, adding a problem for each missing or malformed key.
     *
     * @param location where the rule is written, and its text (for the criteria it names)
     */
    static Optional<RuleInfo> parse(String id, Map<String, Object> meta, RuleLocation location,
                                    PackManifest manifest, CriteriaCatalog catalog, List<InputError> problems) {
        int before = problems.size();
        if (!ID.matcher(id).matches()) {
            problem(problems, location, "rule id '" + id + "' must be S- or W- followed by UPPER-KEBAB words, "
                    + "e.g. W-PLANS-OUTCOMES");
        }
        for (String key : meta.keySet()) {
            if (!KEYS.contains(key)) {
                problem(problems, location, "rule " + id + ": unknown metadata key @" + key,
                        Suggestions.closest(key, KEYS));
            }
        }
        for (String key : KEYS) {
            boolean optional = key.equals("recommendation") && "strength".equals(text(meta, "kind"));
            if (!meta.containsKey(key) && !optional) {
                problem(problems, location, "rule " + id + ": missing metadata @" + key + "(...)", null);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.fromId(text(meta, "kind"));
        if (kind.isEmpty()) {
            problem(problems, location, "rule " + id + ": @kind must be \"strength\" or \"weakness\"", null);
        } else if ((kind.get() == Kind.STRENGTH) != id.startsWith("S-")) {
            problem(problems, location, "rule " + id + ": a " + kind.get().id() + "'s id must start with "
                    + (kind.get() == Kind.STRENGTH ? "S-" : "W-"), null);
        }
        Optional<Severity> severity = Severity.fromId(text(meta, "severity"));
        if (severity.isEmpty()) {
            problem(problems, location, "rule " + id + ": @severity must be low, medium, high or critical",
                    Suggestions.closest(text(meta, "severity"), List.of("low", "medium", "high", "critical")));
        }
        String area = text(meta, "area");
        String theme = text(meta, "theme");
        if (!manifest.areas().containsKey(area)) {
            problem(problems, location, "rule " + id + ": unknown @area '" + area + "'",
                    Suggestions.closest(area, manifest.areas().keySet()));
        } else if (catalog.theme(area, theme).isEmpty()) {
            Set<String> themes = catalog.themes(area).keySet();
            problem(problems, location, "rule " + id + ": @theme '" + theme + "' has no criteria file in area "
                    + area, Suggestions.closest(theme, themes));
        }
        for (String key : List.of("title", "text", "recommendation")) {
            if (isPlaceholder(text(meta, key))) {
                problem(problems, location, placeholder(id, key, text(meta, key)), null);
            }
        }
        for (String key : List.of("title", "text")) {
            if (text(meta, key).isBlank()) {
                problem(problems, location, "rule " + id + ": @" + key + " must not be empty", null);
            }
        }
        if (kind.orElse(null) == Kind.WEAKNESS && text(meta, "recommendation").isBlank()) {
            problem(problems, location, "rule " + id + ": a weakness needs a @recommendation", null);
        }
        List<String> sources = strings(meta.get("sources"));
        if (sources.isEmpty()) {
            problem(problems, location, "rule " + id + ": @sources must cite at least one document", null);
        }
        for (String source : sources) {
            if (isPlaceholder(source)) {
                problem(problems, location, placeholder(id, "sources", source), null);
            } else if (manifest.documentCitedBy(source).isEmpty()) {
                String named = source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
                problem(problems, location, "rule " + id + ": source '" + named + "' names no document in pack.yaml",
                        Suggestions.closest(named, manifest.documents().stream().map(d -> d.name()).toList()));
            }
        }
        List<String> criteria = criteria(location.text());
        for (String figure : figures(location.text())) {
            Optional<String> owner = catalog.criteria().stream().filter(c -> c.figure(figure).isPresent())
                    .map(c -> c.id()).findFirst();
            if (owner.isEmpty()) {
                problem(problems, location, "rule " + id + " tests figure '" + figure + "', which no criterion "
                        + "declares", null);
            } else if (!criteria.contains(owner.get())) {
                criteria.add(owner.get());
            }
        }
        for (String criterion : criteria) {
            if (catalog.criterion(criterion).isEmpty()) {
                problem(problems, location, "rule " + id + " tests criterion '" + criterion
                        + "', which no criteria file defines", Suggestions.closest(criterion, catalog.criterionIds()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RuleInfo(id, kind.get(), area, theme, severity.get(), text(meta, "title"),
                text(meta, "text"), text(meta, "recommendation"), sources, criteria, location.file(),
                location.line(), location.text()));
    }

    /**
     * Whether a metadata value is still what {@code rules new} scaffolds: it starts with TODO, or keeps one of the
     * angle-bracketed blanks of the sources line.
     */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        return v.startsWith("TODO") || v.contains("<document name from pack.yaml>")
                || v.contains("<the passage this rule encodes>");
    }

    private static String placeholder(String id, String key, String value) {
        return "rule " + id + ": @" + key + " is still the placeholder \"" + value.strip() + "\" that rules new "
                + "wrote; replace it before the rule is used";
    }

    /** The criterion ids a rule's text compares against, in order of appearance. */
    static List<String> criteria(String ruleText) {
        return quoted(CRITERION, ruleText);
    }

    /** The figure ids a rule's text compares against (decision tables match figures, not criteria). */
    static List<String> figures(String ruleText) {
        return quoted(FIGURE, ruleText);
    }

    private static List<String> quoted(Pattern pattern, String ruleText) {
        List<String> ids = new ArrayList<>();
        Matcher m = pattern.matcher(ruleText);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        List<String> values = strings(value);
        return values.isEmpty() ? "" : values.get(0);
    }

    /**
     * Drools unquotes a single annotation value but hands a list of values back as raw text, e.g.
     * {@code "a", "b"}; this reads either form.
     */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        String raw = value.toString().trim();
        if (!raw.startsWith("\"")) {
            if (!raw.isEmpty()) {
                out.add(raw);
            }
            return out;
        }
        StringBuilder current = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (current == null) {
                if (c == '"') {
                    current = new StringBuilder();
                }
            } else if (c == '\\' && i + 1 < raw.length()) {
                current.append(raw.charAt(++i));
            } else if (c == '"') {
                out.add(current.toString());
                current = null;
            } else {
                current.append(c);
            }
        }
        return out;
    }

    private static void problem(List<InputError> problems, RuleLocation location, String message) {
        problem(problems, location, message, null);
    }

    private static void problem(List<InputError> problems, RuleLocation location, String message, String hint) {
        problems.add(new InputError(location.file(), location.line(), 1, "", message, hint));
    }
}
