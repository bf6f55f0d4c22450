package uk.selfcheck.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.GradingPolicy;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.MeasuredAgreement;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.Severity;
import uk.selfcheck.model.SourceDocument;

/** Reads pack.yaml, the manifest of a rule pack. */
public final class ManifestReader {
    private static final Set<String> TOP = Fields.keys("name", "version", "description", "documents", "areas",
            "frameworks", "default_framework", "focused_visit_themes", "focused_visit_scope", "grading",
            "measured_agreement");
    private static final Set<String> MEASURED = Fields.keys("fixtures", "inspections", "overall", "judgements",
            "off_by_two");
    private static final Set<String> DOCUMENT = Fields.keys("name", "file", "kind");
    private static final Set<String> FRAMEWORK = Fields.keys("title", "overall", "judgements");
    private static final Set<String> JUDGEMENT = Fields.keys("id", "role", "areas", "title");
    private static final List<String> ROLES = List.of(Judgement.PRACTICE, Judgement.LEADERSHIP, Judgement.SUB_JUDGEMENT,
            Judgement.SEPARATE);
    private static final Set<String> GRADING = Fields.keys("strength_weight", "strength_prevalence",
            "weakness_weight", "area", "leadership", "self_evaluation");
    /** No weight or count the grading uses comes near these; a larger one is a typing slip. */
    private static final double MAX_WEIGHT = 100;
    private static final double MAX_COUNT = 1000;
    private static final Set<String> AREA = Fields.keys("min_answered_criteria", "inadequate_min_serious_weaknesses",
            "inadequate_min_weakness_share", "good_max_weakness_share", "good_max_serious_weaknesses",
            "outstanding_max_weakness_share", "outstanding_min_exceptional", "outstanding_min_exceptional_share",
            "outstanding_min_exceptional_over_weaknesses");

    private ManifestReader() {
    }

    public static PackManifest read(Path path, String displayName) throws InputException {
        return read(path, displayName, List.of());
    }

    /** Reads pack.yaml with the {@code grading:} sections of overlays laid over it, in order. */
    public static PackManifest read(Path path, String displayName, List<uk.selfcheck.input.Overlay> overlays)
            throws InputException {
        return read(YamlReader.read(path, displayName), displayName, overlays);
    }

    /** As {@link #read(Path, String, List)}, from the file's bytes already read. */
    public static PackManifest read(byte[] bytes, String displayName, List<uk.selfcheck.input.Overlay> overlays)
            throws InputException {
        return read(YamlReader.parse(bytes, displayName), displayName, overlays);
    }

    private static PackManifest read(YamlNode root, String displayName, List<uk.selfcheck.input.Overlay> overlays)
            throws InputException {
        Fields f = new Fields(displayName);
        YamlNode.Mapping map = f.mapping(root, "pack.yaml").orElse(null);
        f.throwIfAny();
        f.allowOnly(map, TOP, "pack.yaml");
        String name = f.requiredText(map, "name", "the pack's name").orElse("");
        String version = f.requiredText(map, "version", "the pack's version").orElse("");
        String description = f.optionalText(map, "description").orElse("");
        List<SourceDocument> documents = readDocuments(f, map);
        Map<String, String> areas = new LinkedHashMap<>();
        requiredMapping(f, map, "areas").ifPresent(m -> m.entries().forEach(
                (k, e) -> f.text(e.value()).ifPresent(t -> areas.put(k, t))));
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        requiredMapping(f, map, "frameworks").ifPresent(m -> m.entries().forEach(
                (id, e) -> f.mapping(e.value(), "framework " + id)
                        .ifPresent(fm -> readFramework(f, id, fm, areas).ifPresent(fw -> frameworks.put(id, fw)))));
        String defaultFramework = f.requiredText(map, "default_framework", "the framework used when a "
                + "self-assessment names none").orElse("");
        if (!defaultFramework.isEmpty() && !frameworks.containsKey(defaultFramework)) {
            f.error(map.get("default_framework"), "default_framework '" + defaultFramework + "' is not one of the "
                    + "frameworks above", Suggestions.closest(defaultFramework, frameworks.keySet()));
        }
        Map<String, List<String>> themes = new LinkedHashMap<>();
        Optional.ofNullable(map.get("focused_visit_themes")).flatMap(n -> f.mapping(n, "focused_visit_themes"))
                .ifPresent(m -> m.entries().forEach((id, e) -> themes.put(id, f.texts(e.value(), "judgement ids"))));
        Map<String, List<String>> scope = new LinkedHashMap<>();
        Optional.ofNullable(map.get("focused_visit_scope")).flatMap(n -> f.mapping(n, "focused_visit_scope"))
                .ifPresent(m -> m.entries().forEach((id, e) -> {
                    if (!themes.containsKey(id)) {
                        f.error(e.value(), "focused_visit_scope names '" + id + "', which is not one of the "
                                + "focused_visit_themes", Suggestions.closest(id, themes.keySet()));
                    }
                    scope.put(id, f.texts(e.value(), "criteria theme ids"));
                }));
        MeasuredAgreement measured = Optional.ofNullable(map.get("measured_agreement"))
                .flatMap(n -> f.mapping(n, "measured_agreement")).map(m -> readMeasured(f, m)).orElse(null);
        YamlNode.Mapping gradingNode = requiredMapping(f, map, "grading").orElse(null);
        List<InputError> overlayErrors = new ArrayList<>();
        Map<String, String> overlayPositions = new java.util.HashMap<>();
        for (uk.selfcheck.input.Overlay overlay : overlays) {
            if (overlay.grading() != null && gradingNode != null) {
                Fields of = new Fields(overlay.file());
                gradingNode = OverlayReader.merge(gradingNode, overlay.grading(), of);
                overlayErrors.addAll(of.errors());
                positions(overlay.grading(), overlay.file(), overlayPositions);
            }
        }
        GradingPolicy grading = gradingNode == null ? null : readGrading(f, gradingNode);
        // a grading number an overlay set is out of range in the overlay, not in pack.yaml
        List<InputError> all = new ArrayList<>(overlayErrors);
        for (InputError e : f.errors()) {
            String file = overlayPositions.get(e.line() + ":" + e.column());
            all.add(file == null || !e.field().startsWith("grading") && !e.field().isEmpty() ? e
                    : new InputError(file, e.line(), e.column(), e.field(), e.message(), e.suggestion()));
        }
        if (!all.isEmpty()) {
            throw new InputException(all);
        }
        return new PackManifest(name, version, description, documents, areas, frameworks, defaultFramework, themes,
                scope, grading, measured);
    }

    /** Where each key and value of an overlay's grading section is written, by "line:column". */
    private static void positions(YamlNode node, String file, Map<String, String> into) {
        into.put(node.line() + ":" + node.column(), file);
        if (node instanceof YamlNode.Mapping m) {
            m.entries().values().forEach(e -> {
                into.put(e.line() + ":" + e.column(), file);
                positions(e.value(), file, into);
            });
        }
    }

    private static Optional<YamlNode.Mapping> requiredMapping(Fields f, YamlNode.Mapping parent, String key) {
        YamlNode node = parent.get(key);
        if (node == null) {
            f.error(parent, "missing required section '" + key + "'");
            return Optional.empty();
        }
        return f.mapping(node, key);
    }

    private static List<SourceDocument> readDocuments(Fields f, YamlNode.Mapping map) {
        List<SourceDocument> documents = new ArrayList<>();
        YamlNode node = map.get("documents");
        if (node == null) {
            f.error(map, "missing required section 'documents' (the documents rules may cite)");
            return documents;
        }
        f.sequence(node, "documents").ifPresent(seq -> seq.items().forEach(item -> f.mapping(item, "a document")
                .ifPresent(d -> {
                    f.allowOnly(d, DOCUMENT, "a document");
                    Optional<String> docName = f.requiredText(d, "name", "how rules cite the document");
                    String file = f.optionalText(d, "file").orElse("");
                    String kind = f.optionalText(d, "kind").orElse("");
                    docName.ifPresent(n -> documents.add(new SourceDocument(n, file, kind)));
                })));
        return documents;
    }

    private static Optional<Framework> readFramework(Fields f, String id, YamlNode.Mapping map,
                                                     Map<String, String> areas) {
        f.allowOnly(map, FRAMEWORK, "a framework");
        String title = f.requiredText(map, "title", "the framework's name").orElse(id);
        boolean overall = Optional.ofNullable(map.get("overall")).flatMap(n -> f.bool(n, "overall")).orElse(false);
        List<Judgement> judgements = new ArrayList<>();
        YamlNode list = map.get("judgements");
        if (list == null) {
            f.error(map, "framework " + id + " lists no judgements");
        } else {
            f.sequence(list, "judgements").ifPresent(seq -> seq.items().forEach(item -> f.mapping(item, "a judgement")
                    .ifPresent(j -> {
                        f.allowOnly(j, JUDGEMENT, "a judgement");
                        Optional<String> jid = f.requiredText(j, "id", "the judgement id");
                        Optional<String> role = Optional.ofNullable(j.get("role"))
                                .flatMap(n -> f.choice(n, ROLES, "role"));
                        List<String> covered = j.get("areas") == null ? List.of() : f.texts(j.get("areas"), "areas");
                        for (String area : covered) {
                            if (!areas.containsKey(area)) {
                                f.error(j.get("areas"), "unknown area '" + area + "'",
                                        Suggestions.closest(area, areas.keySet()));
                            }
                        }
                        String jtitle = f.optionalText(j, "title").orElse(jid.orElse(""));
                        if (jid.isPresent() && role.isPresent()) {
                            judgements.add(new Judgement(jid.get(), jtitle, role.get(), List.copyOf(covered)));
                        } else if (role.isEmpty() && j.get("role") == null) {
                            f.error(j, "missing required field 'role' (practice, leadership, sub-judgement or separate)");
                        }
                    })));
        }
        return Optional.of(new Framework(id, title, overall, judgements));
    }

    private static GradingPolicy readGrading(Fields f, YamlNode.Mapping map) {
        f.allowOnly(map, GRADING, "grading");
        Map<Severity, Double> strengthWeights = severityWeights(f, map, "strength_weight");
        Map<Severity, Double> weaknessWeights = severityWeights(f, map, "weakness_weight");
        Map<Rating, Double> prevalence = new EnumMap<>(Rating.class);
        Optional.ofNullable(map.get("strength_prevalence")).flatMap(n -> f.mapping(n, "strength_prevalence"))
                .ifPresent(m -> m.entries().forEach((k, e) -> {
                    Optional<Rating> rating = Rating.fromId(k);
                    if (rating.isEmpty()) {
                        f.error(e, YamlNode.child(m.path(), k), "unknown rating '" + k + "'",
                                Suggestions.closest(k, Rating.allowedValues()));
                    } else {
                        f.number(e.value(), k).ifPresent(v -> prevalence.put(rating.get(), inRange(f, e.value(),
                                "strength_prevalence." + k, v, 0, MAX_WEIGHT, false)));
                    }
                }));
        YamlNode.Mapping area = requiredMapping(f, map, "area").orElse(null);
        if (area == null) {
            return null;
        }
        f.allowOnly(area, AREA, "grading.area");
        YamlNode.Mapping selfEvaluation = Optional.ofNullable(map.get("self_evaluation"))
                .flatMap(n -> f.mapping(n, "self_evaluation")).orElse(null);
        int tolerance = 0;
        double unassessedWeight = 0;
        if (selfEvaluation != null) {
            f.allowOnly(selfEvaluation, Fields.keys("tolerance", "unassessed_weight"), "grading.self_evaluation");
            tolerance = (int) number(f, selfEvaluation, "tolerance", 0, 3, true);
            if (selfEvaluation.get("unassessed_weight") != null) {
                unassessedWeight = number(f, selfEvaluation, "unassessed_weight", 0, MAX_WEIGHT, false);
            }
        }
        int aboveBest = 1;
        YamlNode.Mapping leadership = Optional.ofNullable(map.get("leadership"))
                .flatMap(n -> f.mapping(n, "leadership")).orElse(null);
        if (leadership != null) {
            f.allowOnly(leadership, Fields.keys("max_above_best_practice"), "grading.leadership");
            aboveBest = (int) number(f, leadership, "max_above_best_practice", 0, 3, true);
        }
        double inadequateShare = number(f, area, "inadequate_min_weakness_share", 0, 1, false);
        double goodShare = number(f, area, "good_max_weakness_share", 0, 1, false);
        double outstandingShare = number(f, area, "outstanding_max_weakness_share", 0, 1, false);
        boolean shares = inadequateShare <= 1 && goodShare <= 1 && outstandingShare <= 1 && inadequateShare >= 0
                && goodShare >= 0 && outstandingShare >= 0;
        if (shares && area.get("good_max_weakness_share") != null
                && (goodShare >= inadequateShare || outstandingShare > goodShare)) {
            f.error(area.get("good_max_weakness_share"), "the weakness shares must rise with the grades they lower: "
                    + "outstanding_max_weakness_share (" + outstandingShare + ") at most good_max_weakness_share ("
                    + goodShare + "), which must be below inadequate_min_weakness_share (" + inadequateShare + ")");
        }
        return new GradingPolicy(strengthWeights, prevalence, weaknessWeights, new GradingPolicy.Thresholds(
                (int) number(f, area, "min_answered_criteria", 0, MAX_COUNT, true),
                (int) number(f, area, "inadequate_min_serious_weaknesses", 1, MAX_COUNT, true),
                inadequateShare, goodShare,
                (int) number(f, area, "good_max_serious_weaknesses", 0, MAX_COUNT, true),
                outstandingShare,
                (int) number(f, area, "outstanding_min_exceptional", 0, MAX_COUNT, true),
                number(f, area, "outstanding_min_exceptional_share", 0, 1, false),
                area.get("outstanding_min_exceptional_over_weaknesses") == null ? GradingPolicy.NO_EXCEPTIONAL_MARGIN
                        : (int) number(f, area, "outstanding_min_exceptional_over_weaknesses", -MAX_COUNT, MAX_COUNT,
                        true), aboveBest), tolerance,
                unassessedWeight);
    }

    /** A number of {@code map}, checked to lie in {@code min}..{@code max} and, for a count, to be whole. */
    private static double number(Fields f, YamlNode.Mapping map, String key, double min, double max, boolean whole) {
        double value = number(f, map, key);
        return map.get(key) == null ? value : inRange(f, map.get(key), key, value, min, max, whole);
    }

    private static double inRange(Fields f, YamlNode node, String key, double value, double min, double max,
                                  boolean whole) {
        if (whole && value != Math.rint(value)) {
            f.error(node, key + " is a count: write a whole number, not " + value);
        } else if (value < min || value > max) {
            f.error(node, key + " = " + (whole ? String.valueOf((long) value) : String.valueOf(value))
                    + " is outside its meaningful range, " + (whole ? (long) min + " to " + (long) max
                    : min + " to " + max) + (max == 1 && !whole ? " (a share of the weight)" : ""));
        }
        return value;
    }

    /** {@code measured_agreement:}: where, on how many inspections, and each figure as {@code {exact: N, total: M}}. */
    private static MeasuredAgreement readMeasured(Fields f, YamlNode.Mapping m) {
        f.allowOnly(m, MEASURED, "measured_agreement");
        String fixtures = f.requiredText(m, "fixtures", "the folder of fixtures it was measured on").orElse("");
        int inspections = (int) number(f, m, "inspections", 1, MAX_COUNT * 100, true);
        int[] overall = exactOfTotal(f, m, "overall");
        int[] judgements = exactOfTotal(f, m, "judgements");
        int offByTwo = (int) number(f, m, "off_by_two", 0, MAX_COUNT * 100, true);
        return new MeasuredAgreement(fixtures, inspections, overall[0], overall[1], judgements[0], judgements[1],
                offByTwo);
    }

    private static int[] exactOfTotal(Fields f, YamlNode.Mapping m, String key) {
        YamlNode.Mapping figure = requiredMapping(f, m, key).orElse(null);
        if (figure == null) {
            return new int[] {0, 0};
        }
        f.allowOnly(figure, Fields.keys("exact", "total"), "measured_agreement." + key);
        int exact = (int) number(f, figure, "exact", 0, MAX_COUNT * 100, true);
        int total = (int) number(f, figure, "total", 0, MAX_COUNT * 100, true);
        if (exact > total) {
            f.error(figure.get("exact"), "measured_agreement." + key + ": exact (" + exact + ") cannot be more than "
                    + "total (" + total + ")");
        }
        return new int[] {exact, total};
    }

    private static double number(Fields f, YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            f.error(map, "missing required number '" + key + "'");
            return 0;
        }
        return f.number(node, key).orElse(0.0);
    }

    private static Map<Severity, Double> severityWeights(Fields f, YamlNode.Mapping map, String key) {
        Map<Severity, Double> weights = new EnumMap<>(Severity.class);
        YamlNode node = map.get(key);
        if (node == null) {
            f.error(map, "missing required section '" + key + "'");
            return weights;
        }
        f.mapping(node, key).ifPresent(m -> m.entries().forEach((k, e) -> {
            Optional<Severity> severity = Severity.fromId(k);
            if (severity.isEmpty()) {
                f.error(e, YamlNode.child(m.path(), k), "unknown severity '" + k + "'; use low, medium, high, critical",
                        Suggestions.closest(k, List.of("low", "medium", "high", "critical")));
            } else {
                f.number(e.value(), k).ifPresent(v -> weights.put(severity.get(), inRange(f, e.value(), key + "." + k, v,
                        0, MAX_WEIGHT, false)));
            }
        }));
        return weights;
    }
}
