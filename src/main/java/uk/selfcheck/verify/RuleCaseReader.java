package uk.selfcheck.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.Fields;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.input.YamlNode;
import uk.selfcheck.input.YamlReader;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Assessment;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.SelfAssessment;

/**
 * Reads a {@code *.cases.yaml} file: small cases, each a handful of answers by criterion id, with the rules that
 * must and must not fire, so every rule is proved both ways as PMD proves its rules.
 */
public final class RuleCaseReader {
    private static final Set<String> TOP = Fields.keys("cases");
    private static final Set<String> CASE = Fields.keys("name", "framework", "answers", "not_assessed", "fires",
            "does_not_fire");

    private RuleCaseReader() {
    }

    /** Every case of the file, or every problem of every case, so that {@code diff} compares only valid files. */
    public static List<RuleCase> read(Path path, String displayName, RulePack pack) throws InputException {
        List<ReadCase> read = readEach(path, displayName, pack, Overlays.of(pack));
        List<InputError> errors = read.stream().flatMap(c -> c.errors().stream()).toList();
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return read.stream().map(ReadCase::ruleCase).toList();
    }

    /**
     * One case as read: either the case, or its problems. A problem in one case (an unknown rule id, a rating that
     * is not one) leaves the file's other cases to run.
     *
     * @param name     the case's name, or "line N" when it has none
     * @param ruleCase null when the case has problems
     */
    public record ReadCase(String name, int line, RuleCase ruleCase, List<InputError> errors) {
    }

    /**
     * Reads each case on its own. A file that is not YAML, or has no list of cases, is refused whole, as there is no
     * case to run.
     */
    public static List<ReadCase> readEach(Path path, String displayName, RulePack pack, Overlays overlays)
            throws InputException {
        YamlNode root = YamlReader.read(path, displayName);
        Fields f = new Fields(displayName);
        YamlNode.Mapping map = f.mapping(root, "a cases file").orElse(null);
        f.throwIfAny();
        f.allowOnly(map, TOP, "a cases file");
        YamlNode list = map.get("cases");
        if (list == null) {
            f.error(map, "missing required list 'cases'");
        }
        f.throwIfAny();
        YamlNode.Sequence seq = f.sequence(list, "cases").orElse(null);
        f.throwIfAny();
        if (seq.items().isEmpty()) {
            // else a run over it would check nothing and report "0 passed, 0 failed" as if all were well
            f.error(list, "the list of cases is empty, so there is nothing to check: write at least one case (name, "
                    + "answers, and the rules it fires or does not fire), or delete the file");
            f.throwIfAny();
        }
        List<ReadCase> cases = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields caseFields = new Fields(displayName);
            Optional<YamlNode.Mapping> caseMap = caseFields.mapping(item, "a case");
            String name = caseMap.flatMap(c -> c.get("name") == null ? Optional.empty()
                    : new Fields(displayName).text(c.get("name"))).orElse("line " + item.line());
            Optional<RuleCase> read = caseMap.flatMap(c -> readCase(caseFields, c, displayName, pack, overlays));
            cases.add(caseFields.errors().isEmpty() && read.isPresent()
                    ? new ReadCase(name, item.line(), read.get(), List.of())
                    : new ReadCase(name, item.line(), null, List.copyOf(caseFields.errors())));
        }
        return cases;
    }

    private static Optional<RuleCase> readCase(Fields f, YamlNode.Mapping map, String file, RulePack pack,
                                               Overlays overlays) {
        f.allowOnly(map, CASE, "a case");
        String name = f.requiredText(map, "name", "what the case shows").orElse("line " + map.line());
        String frameworkId = f.optionalText(map, "framework").orElse(pack.manifest().defaultFramework());
        Optional<Framework> framework = pack.manifest().framework(frameworkId);
        if (framework.isEmpty()) {
            f.error(map.get("framework"), "unknown framework '" + frameworkId + "'",
                    Suggestions.closest(frameworkId, pack.manifest().frameworks().keySet()));
            return Optional.empty();
        }
        List<Answer> answers = new ArrayList<>();
        YamlNode answersNode = map.get("answers");
        if (answersNode == null) {
            f.error(map, "missing required mapping 'answers' (criterion id: rating; may be {})");
        } else {
            f.mapping(answersNode, "answers").ifPresent(m -> m.entries().forEach((id, entry) -> {
                Optional<Criterion> criterion = pack.catalog().criterion(id);
                if (criterion.isEmpty()) {
                    f.error(entry, YamlNode.child(m.path(), id), "unknown criterion '" + id + "'",
                            Suggestions.closest(id, pack.catalog().criterionIds()));
                    return;
                }
                List<String> ratings = Rating.allowedValues().stream().filter(r -> !r.equals(Rating.NOT_ASSESSED))
                        .toList();
                YamlNode ratingNode = entry.value();
                Map<String, Double> figures = new java.util.TreeMap<>();
                if (entry.value() instanceof YamlNode.Mapping answer) {
                    // long form, as in a self-assessment: {rating: mostly, figures: {average_caseload: 24}}
                    f.allowOnly(answer, Fields.keys("rating", "figures"), "a case answer");
                    ratingNode = answer.get("rating") == null ? answer : answer.get("rating");
                    if (answer.get("figures") != null) {
                        f.mapping(answer.get("figures"), "figures").ifPresent(fm -> fm.entries().forEach(
                                (figureName, fe) -> {
                                    if (criterion.get().figure(figureName).isEmpty()) {
                                        f.error(fe, YamlNode.child(fm.path(), figureName), "criterion " + id
                                                + " takes no figure '" + figureName + "'", null);
                                    } else {
                                        f.number(fe.value(), figureName).ifPresent(v -> figures.put(figureName, v));
                                    }
                                }));
                    }
                }
                f.choice(ratingNode, ratings, "rating").flatMap(Rating::fromId).ifPresent(r -> answers.add(
                        new Answer(id, criterion.get().area(), criterion.get().theme(), r, null, figures,
                                entry.line())));
            }));
        }
        List<NotAssessed> notAssessed = new ArrayList<>();
        if (map.get("not_assessed") != null) {
            f.sequence(map.get("not_assessed"), "not_assessed").ifPresent(seq -> seq.items().forEach(
                    item -> f.text(item).ifPresent(id -> {
                        Optional<Criterion> criterion = pack.catalog().criterion(id);
                        if (criterion.isEmpty()) {
                            f.error(item, "unknown criterion '" + id + "'",
                                    Suggestions.closest(id, pack.catalog().criterionIds()));
                        } else if (answers.stream().anyMatch(a -> a.getCriterion().equals(id))) {
                            f.error(item, "criterion '" + id + "' is both answered and not assessed");
                        } else {
                            notAssessed.add(new NotAssessed(id, criterion.get().area(), criterion.get().theme(),
                                    item.line()));
                        }
                    })));
        }
        Map<String, Integer> lines = new HashMap<>();
        List<Mismatch> skipped = new ArrayList<>();
        List<String> fires = ExpectationReader.ruleIds(f, map, "fires", pack, lines, overlays, skipped);
        List<String> doesNotFire = ExpectationReader.ruleIds(f, map, "does_not_fire", pack, lines, overlays, skipped);
        List<String> judgements = framework.get().judgements().stream().map(Judgement::id).toList();
        Assessment header = new Assessment(file, "rule case: " + name, "2025-01-01", frameworkId, false, null,
                judgements, framework.get().overall());
        SelfAssessment assessment = new SelfAssessment(header, answers, notAssessed, List.of());
        Expectation expectation = new Expectation(file, Map.of(), fires, doesNotFire, "", lines, false,
                List.copyOf(skipped));
        return Optional.of(new RuleCase(file, name, map.line(), assessment, expectation));
    }
}
