package uk.selfcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.analysis.RuleExplainer;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.SelfAssessment;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explains why a rule fired or did not for a self-assessment: the answers it looks at, their "
                + "ratings and lines, its conditions, and the answers at which it would fire.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The self-assessment (YAML).")
    Path file;

    @Parameters(index = "1", paramLabel = "RULE_ID", description = "A finding rule's id, e.g. W-PLANS-TASK-FOCUSED.")
    String ruleId;

    @Mixin
    TextOrJson format = new TextOrJson();

    @Mixin
    PackOptions pack = new PackOptions();

    @Override
    public Integer call() throws Exception {
        RulePack rulePack = pack.load();
        if (rulePack.rule(ruleId).isEmpty() && rulePack.rule(file.toString()).isPresent()) {
            // written the other way round, RULE_ID FILE: the rule id is unmistakable, so take them as meant
            Path named = Path.of(ruleId);
            ruleId = file.toString();
            file = named;
        }
        RuleInfo rule = rulePack.rule(ruleId).orElseThrow(() -> {
            String closest = Suggestions.closest(ruleId, rulePack.rules().stream().map(RuleInfo::id).toList());
            return new CommandLine.ParameterException(spec.commandLine(), "no rule '" + ruleId + "' in the pack"
                    + (closest == null ? "; 'selfcheck rules list' lists them" : " (did you mean '" + closest + "'?)"));
        });
        SelfAssessment assessment = Failures.warned(spec.commandLine(), new SelfAssessmentReader(rulePack.manifest(),
                rulePack.catalog(), LocalDate.now()).readWithWarnings(file, PackOptions.display(file).toString()));
        Evaluation evaluation = new Evaluator(rulePack).evaluate(assessment);
        RuleExplainer.Explanation why = new RuleExplainer(rulePack).explain(assessment, evaluation, rule);
        spec.commandLine().getOut().print(format.json() ? ExplainJson.render(why) : text(why));
        return ExitCode.OK.code();
    }

    private static String text(RuleExplainer.Explanation why) {
        RuleInfo rule = why.rule();
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append(": ").append(rule.title()).append('\n');
        out.append("  ").append(rule.kind().id()).append(", ").append(rule.area()).append('/').append(rule.theme())
                .append(", ").append(rule.severity().id()).append("; ").append(rule.file()).append(':')
                .append(rule.line()).append("\n\n");
        if (why.counted()) {
            out.append("FIRED ").append(why.fired().size() == 1 ? "once" : why.fired().size() + " times").append('\n');
        } else if (why.didFire()) {
            out.append("FIRED, BUT NOT COUNTED: set aside by the rule \"").append(why.setAsideBy()).append("\"\n");
        }
        if (why.didFire()) {
            for (Finding f : why.found()) {
                if (f.isWeakness()) {
                    out.append("  effective severity ").append(f.getEffectiveSeverity().id()).append('\n');
                }
                if (f.getDetail() != null) {
                    out.append("  ").append(f.getDetail()).append('\n');
                }
                for (Answer a : f.getAnswers()) {
                    out.append("  on ").append(a.getCriterion()).append(" = ").append(a.getRating().id())
                            .append(" (line ").append(a.getLine()).append(")\n");
                }
            }
        } else {
            out.append("DID NOT FIRE\n");
        }
        out.append("\nCONDITIONS (all must hold)\n");
        rule.conditions().lines().forEach(l -> out.append("  ").append(l.strip()).append('\n'));
        if (!why.answers().isEmpty()) {
            out.append("\nANSWERS IT LOOKS AT\n");
        }
        for (RuleExplainer.Looked looked : why.answers()) {
            out.append("  ").append(looked.criterion()).append(" = ").append(looked.current());
            if (looked.line() > 0) {
                out.append(" (line ").append(looked.line()).append(')');
            }
            if (looked.evidence() != null) {
                out.append(": \"").append(looked.evidence()).append('"');
            }
            out.append('\n');
            out.append("    ").append(looked.question()).append('\n');
            out.append("    ").append(options(looked.firesAt())).append(", the other answers as written\n");
            for (String figure : looked.figures()) {
                out.append("    ").append(figure).append('\n');
            }
            out.append("    ").append(looked.deciding() ? "-> this answer decides: changing it changes the outcome"
                    : "this answer alone does not decide the outcome").append('\n');
        }
        if (!why.selfGrades().isEmpty()) {
            out.append("\nGRADES LEADERS EXPECT, AGAINST THE EVIDENCE\n");
            why.selfGrades().forEach(g -> out.append("  ").append(g).append('\n'));
        } else if (why.answers().isEmpty()) {
            out.append("\nThe rule names no criterion: it looks at the grades, not at single answers.\n");
        }
        return out.toString();
    }

    private static String options(List<String> firesAt) {
        if (firesAt.isEmpty()) {
            return "it does not fire, whatever this answer is";
        }
        if (firesAt.size() == RuleExplainer.OPTIONS.size()) {
            return "it fires, whatever this answer is";
        }
        String values = firesAt.size() == 1 ? firesAt.get(0) : String.join(", ", firesAt.subList(0,
                firesAt.size() - 1)) + " or " + firesAt.get(firesAt.size() - 1);
        return "it fires when this answer is " + values;
    }
}
