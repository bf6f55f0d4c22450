package uk.selfcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.Timings;

/** The {@code selfcheck} command: predicts Ofsted judgements from a children's services self-assessment. */
@Command(name = "selfcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Predicts the judgements an Ofsted inspection of children's services would give, from the "
                + "authority's own self-assessment, using a rule pack of inspection criteria.",
        subcommands = {CheckCommand.class, InitCommand.class, SchemaCommand.class, ExplainCommand.class,
            CompareCommand.class, VerifyCommand.class, CalibrateCommand.class, DiffCommand.class, RulesCommand.class,
            CacheCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the check failed (verify mismatches, lint problems, a change with diff --fail-on-change)",
            "2:wrong usage of the command line",
            "3:invalid self-assessment or other input file",
            "4:broken rule pack",
            "5:internal error",
            "6:the output could not be written to standard output"})
public final class Main implements Runnable {
    // Drools' logging goes to stderr, warnings and worse, without MVEL's jitting notes: simplelogger.properties.

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under LANG=C, Java 17 would print the pack's dashes and quotes as '?'.
        PrintWriter err = utf8(System.err);
        // a rule stuck in its actions cannot be stopped: the watchdog says so and ends the process, whose shutdown
        // removes any temporary file, and the command's thread needs no hand-over to another for each session
        Evaluator.runOnCallingThread(stuck -> System.exit(Failures.ruleFault(stuck, err)));
        PackPreload.start(args, err);
        // straight to the file descriptor, not through System.out: a PrintStream swallows a failed write, and
        // mainWithoutExit must see it
        System.exit(mainWithoutExit(args, utf8(new java.io.FileOutputStream(java.io.FileDescriptor.out)), err));
    }

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /** Runs the command line and returns its exit code, writing to the given streams; used by tests. */
    public static int mainWithoutExit(String[] args, PrintWriter out, PrintWriter err) {
        Timings.mark("main");
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(Failures::usage);
        cli.registerConverter(java.nio.file.Path.class, Failures::path);
        int code = cli.execute(args);
        out.flush();
        // PrintWriter never throws: a write that failed (a full disk, a closed pipe) shows only here, and a report
        // cut short must not pass for a whole one
        if (out.checkError()) {
            err.println("selfcheck: could not write to standard output (the disk may be full, or the program reading "
                    + "it stopped); what was written is incomplete");
            code = ExitCode.OUTPUT_FAILED.code();
        }
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}. Building the model of every subcommand takes picocli a tenth of a second,
     * and a run that names its subcommand needs only that one: it gets a parent named {@code selfcheck} holding just
     * that subcommand, which parses, helps and fails exactly as in the whole tree. Anything else gets the whole tree.
     */
    static CommandLine commandLine(String[] args) {
        Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
        if (named == null) {
            return new CommandLine(new Main());
        }
        CommandLine parent = new CommandLine(CommandLine.Model.CommandSpec.create()
                .name(Main.class.getAnnotation(Command.class).name()));
        parent.addSubcommand(new CommandLine(named));
        return parent;
    }

    private static Class<?> subcommandNamed(String name) {
        for (Class<?> type : Main.class.getAnnotation(Command.class).subcommands()) {
            Command command = type.getAnnotation(Command.class);
            if (type != CommandLine.HelpCommand.class && command != null && (command.name().equals(name)
                    || java.util.Arrays.asList(command.aliases()).contains(name))) {
                return type;
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
