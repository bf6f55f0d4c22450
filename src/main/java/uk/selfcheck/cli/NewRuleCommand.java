package uk.selfcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.model.Criterion;

/**
 * Scaffolds a finding rule with every metadata key, and a cases file that must and must not fire it, into a folder
 * (an overlay, or the pack itself), so a consultant starts from something that compiles and is tested.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a new rule (RULE_ID.drl) and its cases (RULE_ID.cases.yaml) into a folder.")
final class NewRuleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Parameters(paramLabel = "RULE_ID", description = "S-... for a strength, W-... for a weakness, e.g. W-PLANS-GOALS.")
    String id;

    @Option(names = "--criterion", required = true, paramLabel = "ID", description = "The criterion the rule reads.")
    String criterion;

    @Option(names = "--severity", defaultValue = "medium", paramLabel = "LEVEL",
            description = "low, medium, high or critical (default: ${DEFAULT-VALUE}).")
    String severity;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Folder to write into, e.g. an overlay folder given later as --rules DIR.")
    Path dir;

    @Option(names = "--replace", description = "Write the rule even though the pack already has one of this id, which "
            + "it then replaces when DIR is given as a later --rules folder.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        if (!id.matches("[SW]-[A-Z0-9]+(-[A-Z0-9]+)*")) {
            throw new InputException(new InputError("RULE_ID", 0, 0, "", "'" + id + "' is not a rule id: S- or W- "
                    + "followed by UPPER-KEBAB words, e.g. W-PLANS-GOALS", null));
        }
        if (!java.util.List.of("low", "medium", "high", "critical").contains(severity)) {
            throw new InputException(new InputError("--severity", 0, 0, "", "'" + severity + "' is not a severity; "
                    + "use low, medium, high or critical", Suggestions.closest(severity,
                    java.util.List.of("low", "medium", "high", "critical"))));
        }
        RulePack rulePack = pack.load();
        Criterion c = rulePack.catalog().criterion(criterion).orElseThrow(() -> new InputException(new InputError(
                "--criterion", 0, 0, "", "no criterion '" + criterion + "' in the pack",
                Suggestions.closest(criterion, rulePack.catalog().criterionIds()))));
        java.util.Optional<uk.selfcheck.model.RuleInfo> existing = rulePack.rule(id);
        if (existing.isPresent() && !replace) {
            throw new InputException(new InputError("RULE_ID", 0, 0, "", "the pack already has " + id + " ("
                    + existing.get().file() + ":" + existing.get().line() + "); a new rule of that id would replace it. "
                    + "Choose another id, or add --replace to write one that replaces it (nothing was written)", null));
        }
        boolean strength = id.startsWith("S-");
        String name = id.toLowerCase(Locale.ROOT);
        Path drl = dir.resolve(name + ".drl");
        Path cases = dir.resolve(name + ".cases.yaml");
        for (Path file : new Path[] {drl, cases}) {
            if (Files.exists(file)) {
                throw new InputException(new InputError(file.toString(), 0, 0, "", "already exists; choose another id "
                        + "or folder (nothing was written)", null));
            }
        }
        Files.createDirectories(dir);
        OutputFile.write(drl, drl(c, strength, name), java.util.List.of());
        OutputFile.write(cases, cases(strength), java.util.List.of());
        spec.commandLine().getErr().println("wrote " + drl + " and " + cases);
        existing.ifPresent(rule -> spec.commandLine().getErr().println("With --rules " + dir + " after the pack, it "
                + "replaces " + id + " of " + rule.file() + ":" + rule.line() + "."));
        spec.commandLine().getErr().println("Fill in the title, text, recommendation and sources, then run: "
                + nextCommands(cases));
        return ExitCode.OK.code();
    }

    /**
     * Lint, then the new rule's cases alone, with coverage counted over the new rule only (not the hundreds of the
     * pack's): with the folders given, and DIR after them when it is not one of them or inside one.
     */
    private String nextCommands(Path cases) {
        StringBuilder rules = new StringBuilder();
        boolean inside = false;
        Path target = dir.toAbsolutePath().normalize();
        for (Path folder : pack.folders()) {
            rules.append(" --rules ").append(folder);
            inside |= target.startsWith(folder.toAbsolutePath().normalize());
        }
        if (!inside) {
            rules.append(" --rules ").append(dir);
        }
        return "selfcheck rules lint" + rules + " && selfcheck verify" + rules + " --coverage-of " + id + " " + cases;
    }

    private String drl(Criterion c, boolean strength, String name) {
        String condition = strength ? "rating >= Rating.MOSTLY" : "rating <= Rating.INCONSISTENTLY";
        return "package custom." + name.replace('-', '_') + ";\n\n"
                + "import uk.selfcheck.model.Answer;\nimport uk.selfcheck.model.Finding;\nimport uk.selfcheck.model.Rating;\n\n"
                + "// " + c.question() + "\n"
                + "rule \"" + id + "\"\n"
                + "    @kind(\"" + (strength ? "strength" : "weakness") + "\")\n"
                + "    @area(\"" + c.area() + "\")\n"
                + "    @theme(\"" + c.theme() + "\")\n"
                + "    @severity(\"" + severity + "\")\n"
                + "    @title(\"TODO: a short title\")\n"
                + "    @text(\"TODO: the finding, in an inspector's words, as it will appear in the report.\")\n"
                + "    @recommendation(\"" + (strength ? "" : "TODO: what needs to improve.") + "\")\n"
                + "    @sources(\"TODO <document name from pack.yaml>: '<the passage this rule encodes>'\")\n"
                + "when\n"
                + "    $a : Answer( " + condition + ", criterion == \"" + criterion + "\" )\n"
                + "then\n"
                + "    insert( Finding.from( drools, $a ) );\n"
                + "end\n";
    }

    private String cases(boolean strength) {
        String fires = strength ? "consistently" : "inconsistently";
        String quiet = strength ? "inconsistently" : "consistently";
        return "# Cases for " + id + ": one answer that must fire it and one that must not.\n"
                + "cases:\n"
                + "  - name: " + criterion + " " + fires + "\n"
                + "    answers: {" + criterion + ": " + fires + "}\n"
                + "    fires: [" + id + "]\n"
                + "  - name: " + criterion + " " + quiet + "\n"
                + "    answers: {" + criterion + ": " + quiet + "}\n"
                + "    does_not_fire: [" + id + "]\n";
    }
}
