package uk.selfcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.selfcheck.engine.Timings;

/** The {@code selfcheck} command: predicts Ofsted judgements from a children's services self-assessment. */
@Command(name = "selfcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Predicts the judgements an Ofsted inspection of children's services would give, from the "
                + "authority's own self-assessment, using a rule pack of inspection criteria.",
        subcommands = {CheckCommand.class, VerifyCommand.class, RulesCommand.class, CacheCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the check failed (verify mismatches, lint problems)",
            "2:wrong usage of the command line",
            "3:invalid self-assessment or other input file",
            "4:broken rule pack",
            "5:internal error"})
public final class Main implements Runnable {
    static {
        // Drools logs through SLF4J; keep it quiet and on stderr so stdout carries only the report.
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        // MVEL cannot JIT enum comparisons such as 'grade > Grade.GOOD' and says so on every session; it then
        // evaluates them correctly in interpreted mode, so the warning tells a user nothing.
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.mvel.MVELConstraint", "error");
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code, writing to the given streams; used by tests. */
    public static int mainWithoutExit(String[] args, PrintWriter out, PrintWriter err) {
        Timings.mark("main");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(Failures::usage);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
