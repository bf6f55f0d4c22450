package uk.selfcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.model.Framework;
import uk.selfcheck.template.SelfAssessmentTemplate;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a self-assessment template: every criterion the framework judges, grouped by area and "
                + "theme, with its question and allowed answers as comments and not_assessed filled in.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Option(names = "--framework", paramLabel = "ID",
            description = "Inspection framework: sif-2013, ilacs-2018, ilacs-2023, ilacs-2026 (default: the pack's).")
    String framework;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Write the template to FILE instead of stdout (the same as --output FILE).")
    Path named;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the template to FILE instead of stdout.")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it already exists.")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date written in the template (default: today).")
    LocalDate date;

    @Option(names = "--schema", paramLabel = "URL", defaultValue = "selfcheck.schema.json",
            description = "Where editors find the JSON Schema, as written on the first line (default: "
                    + "${DEFAULT-VALUE}, beside the template).")
    String schema;

    @Override
    public Integer call() throws Exception {
        RulePack rulePack = pack.load();
        Framework chosen = framework(spec.commandLine(), rulePack, framework);
        if (named != null && output != null && !named.equals(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "two files for one template: " + named
                    + " and --output " + output + "; name one");
        }
        Path target = output != null ? output : named;
        OutputFile.Checked file = target == null ? null : OutputFile.checked(spec.commandLine(), target, force);
        String text = new SelfAssessmentTemplate(rulePack.manifest(), rulePack.catalog())
                .render(chosen, date == null ? LocalDate.now() : date, schema);
        if (file == null) {
            spec.commandLine().getOut().print(text);
        } else {
            file.write(text);
        }
        return ExitCode.OK.code();
    }

    /** The framework named on the command line, or the pack's default; a misspelt id is a usage error. */
    static Framework framework(CommandLine cli, RulePack pack, String id) {
        String wanted = id == null ? pack.manifest().defaultFramework() : id;
        return pack.manifest().framework(wanted).orElseThrow(() -> {
            String closest = Suggestions.closest(wanted, pack.manifest().frameworks().keySet());
            return new CommandLine.ParameterException(cli, "unknown framework '" + wanted + "'; the pack has: "
                    + String.join(", ", pack.manifest().frameworks().keySet())
                    + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
        });
    }
}
