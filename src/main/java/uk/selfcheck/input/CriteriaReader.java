package uk.selfcheck.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Numbers;
import uk.selfcheck.model.Theme;

/** Reads one {@code <theme>.criteria.yaml} file of a rule pack. */
public final class CriteriaReader {
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Set<String> TOP = Fields.keys("area", "theme", "title", "criteria");
    private static final Set<String> CRITERION = Fields.keys("id", "question", "sources", "figures");
    private static final Set<String> FIGURE = Fields.keys("id", "label", "unit", "plausible");
    private static final Set<String> PLAUSIBLE = Fields.keys("min", "max");
    public static final List<String> UNITS = List.of("percent", "count", "number", "days");

    private CriteriaReader() {
    }

    public static Theme read(Path path, String displayName, Set<String> knownAreas) throws InputException {
        return read(YamlReader.read(path, displayName), displayName, knownAreas);
    }

    /** As {@link #read(Path, String, Set)}, from the file's bytes already read. */
    public static Theme read(byte[] bytes, String displayName, Set<String> knownAreas) throws InputException {
        return read(YamlReader.parse(bytes, displayName), displayName, knownAreas);
    }

    private static Theme read(YamlNode root, String displayName, Set<String> knownAreas) throws InputException {
        Fields fields = new Fields(displayName);
        Optional<YamlNode.Mapping> top = fields.mapping(root, "a criteria file");
        if (top.isEmpty()) {
            fields.throwIfAny();
        }
        YamlNode.Mapping map = top.get();
        fields.allowOnly(map, TOP, "a criteria file");
        String area = fields.requiredText(map, "area", "the area these criteria belong to").orElse("");
        if (!area.isEmpty() && !knownAreas.contains(area)) {
            fields.error(map.get("area"), "unknown area '" + area + "'; pack.yaml declares: "
                    + String.join(", ", knownAreas), Suggestions.closest(area, knownAreas));
        }
        String theme = fields.requiredText(map, "theme", "the theme id").orElse("");
        if (!theme.isEmpty() && !ID.matcher(theme).matches()) {
            fields.error(map.get("theme"), "theme ids are lower_snake_case");
        }
        String title = fields.requiredText(map, "title", "the theme's title").orElse(theme);
        List<Criterion> criteria = new ArrayList<>();
        YamlNode list = map.get("criteria");
        if (list == null) {
            fields.error(map, "missing required field 'criteria'");
        } else {
            fields.sequence(list, "criteria").ifPresent(seq -> {
                for (YamlNode item : seq.items()) {
                    fields.mapping(item, "a criterion").ifPresent(
                            c -> readCriterion(fields, c, area, theme, displayName).ifPresent(criteria::add));
                }
            });
        }
        fields.throwIfAny();
        return new Theme(area, theme, title, criteria, displayName);
    }

    private static Optional<Criterion> readCriterion(Fields fields, YamlNode.Mapping map, String area, String theme,
                                                     String file) {
        fields.allowOnly(map, CRITERION, "a criterion");
        Optional<String> id = fields.requiredText(map, "id", "the criterion id");
        id.filter(i -> !ID.matcher(i).matches())
                .ifPresent(i -> fields.error(map.get("id"), "criterion ids are lower_snake_case, e.g. referrals_timely"));
        Optional<String> question = fields.requiredText(map, "question", "the question in plain English");
        List<String> sources = map.get("sources") == null ? List.of() : fields.texts(map.get("sources"), "sources");
        if (sources.isEmpty()) {
            fields.error(map, "criterion " + id.orElse("?") + " cites no source document");
        }
        List<Figure> figures = new ArrayList<>();
        if (map.get("figures") != null) {
            fields.sequence(map.get("figures"), "figures").ifPresent(seq -> seq.items().forEach(
                    item -> fields.mapping(item, "a figure").ifPresent(f -> readFigure(fields, f).ifPresent(figures::add))));
        }
        if (id.isEmpty() || question.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(id.get(), area, theme, question.get(), sources, figures, file, map.line()));
    }

    private static Optional<Figure> readFigure(Fields fields, YamlNode.Mapping map) {
        fields.allowOnly(map, FIGURE, "a figure");
        Optional<String> id = fields.requiredText(map, "id", "the figure id");
        Optional<String> label = fields.requiredText(map, "label", "what the figure measures");
        Optional<String> unit = map.get("unit") == null ? Optional.of("number")
                : fields.choice(map.get("unit"), UNITS, "unit");
        if (id.isEmpty() || label.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        Figure figure = new Figure(id.get(), label.get(), unit.get());
        YamlNode plausible = map.get("plausible");
        return Optional.of(plausible == null ? figure : readPlausible(fields, plausible, figure));
    }

    /**
     * {@code plausible: {min: 1, max: 50}}: the values a service could really report, inside the figure's possible
     * range; a leader's figure outside it is flagged as a likely slip (a total for an average).
     */
    private static Figure readPlausible(Fields fields, YamlNode node, Figure figure) {
        Optional<YamlNode.Mapping> range = fields.mapping(node, "plausible");
        if (range.isEmpty()) {
            return figure;
        }
        fields.allowOnly(range.get(), PLAUSIBLE, "a plausible range");
        Double min = bound(fields, range.get(), "min", figure);
        Double max = bound(fields, range.get(), "max", figure);
        if (range.get().get("min") == null && range.get().get("max") == null) {
            fields.error(node, "a plausible range needs 'min', 'max' or both, e.g. {min: 1, max: 50}");
        } else if (min != null && max != null && min > max) {
            fields.error(node, "the plausible range of " + figure.id() + " runs from " + Numbers.plain(min) + " down to "
                    + Numbers.plain(max) + "; 'min' must not be above 'max'");
        }
        return new Figure(figure.id(), figure.label(), figure.unit(), min, max);
    }

    private static Double bound(Fields fields, YamlNode.Mapping range, String key, Figure figure) {
        YamlNode node = range.get(key);
        if (node == null) {
            return null;
        }
        Optional<Double> value = fields.number(node, key);
        if (value.isPresent() && (value.get() < figure.min() || value.get() > figure.max())) {
            fields.error(node, key + " = " + Numbers.plain(value.get()) + " is outside the possible range of a "
                    + figure.unit() + " figure, " + Numbers.plain(figure.min()) + " to " + Numbers.plain(figure.max()));
            return null;
        }
        return value.orElse(null);
    }

}
