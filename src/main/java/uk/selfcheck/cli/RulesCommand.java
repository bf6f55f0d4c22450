package uk.selfcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.RuleInfo;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Inspects the rule pack.", subcommands = {RulesCommand.ListRules.class, RulesCommand.Lint.class, RulesCommand.Docs.class,
            NewRuleCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Lists every finding rule of the pack with its metadata and sources.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PackOptions pack = new PackOptions();

        @Mixin
        TextOrJson format = new TextOrJson();

        @Override
        public Integer call() throws Exception {
            RulePack rulePack = pack.load();
            StringBuilder out = new StringBuilder();
            if (format.json()) {
                ObjectMapper mapper = uk.selfcheck.report.JsonReport.MAPPER;
                ArrayNode array = mapper.createArrayNode();
                for (RuleInfo rule : rulePack.rules()) {
                    RuleJson.put(array.addObject(), rule);
                }
                out.append(mapper.writeValueAsString(array)).append('\n');
            } else {
                for (RuleInfo rule : rulePack.rules()) {
                    out.append(rule.id()).append("  ").append(rule.kind().id()).append(", ").append(rule.area())
                            .append('/').append(rule.theme()).append(", ").append(rule.severity().id()).append('\n');
                    out.append("    ").append(rule.title()).append('\n');
                    for (String source : rule.sources()) {
                        out.append("    source: ").append(source).append('\n');
                    }
                }
                out.append(rulePack.rules().size()).append(" rules, ").append(rulePack.catalog().criteria().size())
                        .append(" criteria in ").append(rulePack.manifest().name()).append(' ')
                        .append(rulePack.manifest().version()).append('\n');
            }
            spec.commandLine().getOut().print(out);
            return ExitCode.OK.code();
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Compiles the pack and reports every problem as file:line:column: message. Exit code 1 "
                    + "when there is any.")
    static final class Lint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PackOptions pack = new PackOptions();

        @Override
        public Integer call() {
            java.util.List<uk.selfcheck.input.InputError> problems;
            String name;
            try {
                RulePack rulePack = uk.selfcheck.engine.RulePackLoader.load(pack.folders(), pack.cache());
                problems = uk.selfcheck.engine.PackLint.check(rulePack);
                name = rulePack.manifest().name() + " " + rulePack.manifest().version();
            } catch (uk.selfcheck.engine.RulePackException e) {
                problems = e.problems();
                name = "the rule pack";
            }
            StringBuilder out = new StringBuilder();
            problems.forEach(p -> out.append(p.format()).append('\n'));
            spec.commandLine().getOut().print(out);
            spec.commandLine().getErr().println(problems.isEmpty() ? "lint: no problems in " + name
                    : "lint: " + Failures.count(problems.size(), "problem") + " in " + name);
            return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.FAILED.code();
        }
    }

    @Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Writes the Markdown catalogue of the pack (per area and theme: criteria, then each rule's "
                    + "id, kind, severity, title, finding, recommendation and sources).")
    static final class Docs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PackOptions pack = new PackOptions();

        @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        java.nio.file.Path output;

        @Override
        public Integer call() throws Exception {
            OutputFile.Checked file = output == null ? null
                    : OutputFile.checked(spec.commandLine(), output, true, pack.folders());
            String markdown = uk.selfcheck.report.RuleCatalogue.render(pack.load());
            if (file == null) {
                spec.commandLine().getOut().print(markdown);
            } else {
                file.write(markdown);
                spec.commandLine().getErr().println("wrote " + output);
            }
            return ExitCode.OK.code();
        }
    }
}
