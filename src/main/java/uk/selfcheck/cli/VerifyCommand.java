package uk.selfcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.FixtureRunner;
import uk.selfcheck.verify.Mismatch;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks every fixture (X.yaml with X.expected.yaml beside it) and per-rule cases file "
                + "(*.cases.yaml) against the rule pack, and reports which rules no fixture fires.")
final class VerifyCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Fixture files or folders (default: fixtures).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Fail when fewer than PERCENT of the pack's rules are fired by some fixture.")
    Double minCoverage;

    @Override
    public Integer call() throws Exception {
        RulePack rulePack = pack.load();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("fixtures")) : paths;
        FixtureRunner runner = new FixtureRunner(rulePack, LocalDate.now());
        List<FixtureResult> results = runner.runAll(FixtureRunner.discover(roots));
        Coverage coverage = Coverage.of(rulePack.rules(), results);
        long failed = results.stream().filter(r -> !r.passed()).count();
        boolean coverageFails = minCoverage != null && coverage.percent() < minCoverage;
        spec.commandLine().getOut().print(format == Format.json ? json(results, coverage, failed)
                : text(results, coverage, failed, coverageFails));
        return failed > 0 || coverageFails ? ExitCode.FAILED.code() : ExitCode.OK.code();
    }

    private String text(List<FixtureResult> results, Coverage coverage, long failed, boolean coverageFails) {
        StringBuilder out = new StringBuilder();
        for (FixtureResult result : results) {
            if (!result.passed()) {
                out.append("FAIL ").append(result.name()).append('\n');
                for (Mismatch m : result.mismatches()) {
                    out.append("  ").append(m.format()).append('\n');
                }
            }
        }
        out.append("Rule coverage: ").append(coverage.fired()).append(" of ").append(coverage.rules())
                .append(" rules fired (").append(Coverage.format(coverage.percent())).append(")\n");
        coverage.byArea().forEach((area, counts) -> out.append("  ").append(area).append(": ").append(counts[0])
                .append(" of ").append(counts[1]).append('\n'));
        if (!coverage.unfired().isEmpty()) {
            out.append("  not fired by any fixture: ").append(String.join(", ", coverage.unfired())).append('\n');
        }
        if (coverageFails) {
            out.append("Coverage ").append(Coverage.format(coverage.percent())).append(" is below the minimum ")
                    .append(Coverage.format(minCoverage)).append('\n');
        }
        out.append("verify: ").append(results.size() - failed).append(" passed, ").append(failed)
                .append(" failed\n");
        return out.toString();
    }

    private String json(List<FixtureResult> results, Coverage coverage, long failed) throws Exception {
        ObjectMapper mapper = uk.selfcheck.report.JsonReport.MAPPER;
        ObjectNode root = mapper.createObjectNode();
        root.put("passed", results.size() - failed);
        root.put("failed", failed);
        ArrayNode list = root.putArray("results");
        for (FixtureResult result : results) {
            ObjectNode node = list.addObject();
            node.put("name", result.name());
            node.put("passed", result.passed());
            ArrayNode mismatches = node.putArray("mismatches");
            for (Mismatch m : result.mismatches()) {
                ObjectNode mm = mismatches.addObject();
                mm.put("file", m.file());
                mm.put("line", m.line());
                mm.put("message", m.message());
            }
        }
        ObjectNode cov = root.putObject("coverage");
        cov.put("rules", coverage.rules());
        cov.put("fired", coverage.fired());
        cov.put("percent", Math.round(coverage.percent() * 10) / 10.0);
        ObjectNode areas = cov.putObject("areas");
        coverage.byArea().forEach((area, counts) -> {
            ObjectNode a = areas.putObject(area);
            a.put("fired", counts[0]);
            a.put("rules", counts[1]);
        });
        ArrayNode unfired = cov.putArray("unfired");
        coverage.unfired().forEach(unfired::add);
        return mapper.writeValueAsString(root) + "\n";
    }
}
