package uk.selfcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.RuleInfo;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Inspects the rule pack.", subcommands = {RulesCommand.ListRules.class})
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
        enum Format { text, json }

        @Spec
        CommandSpec spec;

        @Mixin
        PackOptions pack = new PackOptions();

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            RulePack rulePack = pack.load();
            StringBuilder out = new StringBuilder();
            if (format == Format.json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = mapper.createArrayNode();
                for (RuleInfo rule : rulePack.rules()) {
                    ObjectNode node = array.addObject();
                    node.put("id", rule.id());
                    node.put("kind", rule.kind().id());
                    node.put("area", rule.area());
                    node.put("theme", rule.theme());
                    node.put("severity", rule.severity().id());
                    node.put("title", rule.title());
                    node.put("finding", rule.finding());
                    node.put("recommendation", rule.recommendation());
                    ArrayNode sources = node.putArray("sources");
                    rule.sources().forEach(sources::add);
                    ArrayNode criteria = node.putArray("criteria");
                    rule.criteria().forEach(criteria::add);
                    node.put("file", rule.file() + ":" + rule.line());
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
}
