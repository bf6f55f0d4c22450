package uk.selfcheck.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.RulePackException;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.input.Visible;
import uk.selfcheck.model.SelfAssessment;

/** Turns every failure into a message on stderr and a documented exit code; never a stack trace. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** What a file holds that is read as written but looks like a slip, one line each on stderr. */
    static SelfAssessment warned(CommandLine cli, SelfAssessmentReader.Result read) {
        read.warnings().forEach(w -> cli.getErr().println(w.formatWarning()));
        cli.getErr().flush();
        return read.assessment();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException input) {
            for (InputError error : input.errors()) {
                err.println(error.format());
            }
            if (input.omitted() > 0) {
                err.println("... and " + count(input.omitted(), "more error") + ", not shown; fix these first.");
            }
            err.println(count(input.errors().size() + input.omitted(), "error")
                    + " in the input; nothing was checked.");
            return ExitCode.BAD_INPUT.code();
        }
        if (e instanceof RulePackException pack) {
            for (InputError problem : pack.problems()) {
                err.println(problem.format());
            }
            err.println("The rule pack is broken (" + count(pack.problems().size(), "problem") + "); nothing was checked.");
            return ExitCode.BAD_RULES.code();
        }
        if (e instanceof EvaluationException rule) {
            return ruleFault(rule, err);
        }
        if (e instanceof InvalidPathException name) {
            err.println("selfcheck: " + undecodable(name.getInput()));
            return ExitCode.BAD_INPUT.code();
        }
        err.println("selfcheck: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (System.getenv("SELFCHECK_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("Set SELFCHECK_DEBUG=1 to see where it happened, and please report it.");
        }
        return ExitCode.INTERNAL.code();
    }

    /** A rule that failed, or never finished: said on {@code err}, with the exit code it gives. */
    static int ruleFault(EvaluationException rule, PrintWriter err) {
        err.println("rule pack fault: " + rule.getMessage());
        err.println("The rule pack is broken; no report was produced.");
        err.flush();
        return ExitCode.BAD_RULES.code();
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("selfcheck: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE.code();
    }

    /**
     * A file name Java cannot turn into a path: under LANG=C or POSIX it reads and writes file names as ASCII, so a
     * name with an accent arrives as question marks (the launchers choose a UTF-8 locale to avoid this).
     */
    static String undecodable(String name) {
        return "cannot use the file name '" + Visible.of(name) + "': it holds characters that "
                + "cannot be read or written in this system's character set for file names ("
                + System.getProperty("sun.jnu.encoding", "unknown") + "); run selfcheck under a UTF-8 locale (for "
                + "example with LC_ALL=C.UTF-8), or rename the file with plain letters";
    }

    /** Converts a path argument, refusing a name Java cannot decode in plain words rather than an exception's. */
    static java.nio.file.Path path(String name) {
        try {
            return java.nio.file.Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(undecodable(name));
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
