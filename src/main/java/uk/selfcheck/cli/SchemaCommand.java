package uk.selfcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.Framework;
import uk.selfcheck.template.SelfAssessmentSchema;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a JSON Schema (draft 2020-12) of the self-assessment, generated from the pack's "
                + "criteria, for editors to check values as the leader types.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Option(names = "--framework", paramLabel = "ID",
            description = "Only this framework's judgements and areas (default: any framework of the pack).")
    String framework;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the schema to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputFile.Checked file = output == null ? null
                : OutputFile.checked(spec.commandLine(), output, true, pack.folders());
        RulePack rulePack = pack.load();
        Framework only = framework == null ? null : InitCommand.framework(spec.commandLine(), rulePack, framework);
        String text = new SelfAssessmentSchema(rulePack.manifest(), rulePack.catalog()).render(only);
        if (file == null) {
            spec.commandLine().getOut().print(text);
        } else {
            file.write(text);
        }
        return ExitCode.OK.code();
    }
}
