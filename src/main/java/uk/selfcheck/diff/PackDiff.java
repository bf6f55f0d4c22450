package uk.selfcheck.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.verify.FixtureRunner;
import uk.selfcheck.verify.RuleCase;
import uk.selfcheck.verify.RuleCaseReader;
import uk.selfcheck.verify.Verification;

/**
 * The impact of a rule change: every fixture and per-rule case under some paths, evaluated with the base pack and
 * the changed one, and what moved.
 *
 * @param fixtures one entry per fixture and case, changed or not, in the order the files were found
 */
public record PackDiff(String baseRules, String rules, List<FixtureChange> fixtures) {

    /**
     * Runs both packs over the fixtures under {@code paths}. A file valid under neither pack is an input error; one
     * valid under only one pack is a change.
     */
    public static PackDiff run(RulePack base, String baseRules, RulePack changed, String rules, List<Path> paths,
                               LocalDate today, Verification.Listener listener)
            throws IOException, InputException, EvaluationException {
        List<FixtureChange> fixtures = new ArrayList<>();
        List<Path> files = FixtureRunner.discover(paths);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            listener.starting(i + 1, files.size(), file);
            FileOutcomes before = FileOutcomes.of(base, file, today);
            FileOutcomes after = FileOutcomes.of(changed, file, today);
            if (before.error() != null && after.error() != null) {
                throw before.error();
            }
            if (before.error() != null || after.error() != null) {
                fixtures.add(FixtureChange.invalid(file.toString(), summary(before.error()), summary(after.error())));
                continue;
            }
            before.byName().forEach((name, outcome) -> {
                Outcome other = after.byName().get(name);
                if (other != null) {
                    fixtures.add(FixtureChange.between(name, outcome, other));
                }
            });
        }
        return new PackDiff(baseRules, rules, List.copyOf(fixtures));
    }

    private static String summary(InputException e) {
        if (e == null) {
            return null;
        }
        int more = e.errors().size() - 1;
        return e.errors().get(0).format() + (more > 0 ? " (and " + more + " more)" : "");
    }

    /** What one pack concluded for each fixture or case of a file, or why the file is not valid under it. */
    private record FileOutcomes(Map<String, Outcome> byName, InputException error) {
        static FileOutcomes of(RulePack pack, Path file, LocalDate today) throws EvaluationException {
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            Evaluator evaluator = new Evaluator(pack);
            try {
                if (file.toString().endsWith(FixtureRunner.CASES_SUFFIX)) {
                    for (RuleCase c : RuleCaseReader.read(file, file.toString(), pack)) {
                        outcomes.put(c.label(), Outcome.of(evaluator.evaluate(c.assessment())));
                    }
                } else {
                    outcomes.put(file.toString(), Outcome.of(evaluator.evaluate(
                            new SelfAssessmentReader(pack.manifest(), pack.catalog(), today).read(file,
                                    file.toString()))));
                }
            } catch (InputException e) {
                return new FileOutcomes(Map.of(), e);
            }
            return new FileOutcomes(outcomes, null);
        }
    }

    public List<FixtureChange> changes() {
        return fixtures.stream().filter(FixtureChange::changed).toList();
    }

    public List<FixtureChange> gradeChanges() {
        return fixtures.stream().filter(FixtureChange::changesGrade).toList();
    }

    public boolean changed() {
        return fixtures.stream().anyMatch(FixtureChange::changed);
    }
}
