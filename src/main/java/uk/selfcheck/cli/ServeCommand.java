package uk.selfcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.web.WebServer;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serves the self-assessment as a form on a web page on this computer, with the predicted "
                + "judgements beside it, updated as answers change; the full report is a click away and the page "
                + "saves back to FILE.",
            "The first line printed is the address to open (it holds a secret for this run); nothing is opened "
                + "for you and nothing outside this computer can reach the page. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "self-assessment.yaml",
            description = "The self-assessment (YAML) to edit (default: ${DEFAULT-VALUE}). When it does not exist "
                    + "yet, the page starts from the template 'selfcheck init' writes; saving creates it.")
    Path file;

    @Mixin
    PackOptions pack = new PackOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port on 127.0.0.1 to serve on (default: any free port).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        // a server outlives a stuck rule: each check runs on a thread of its own, which is left behind if it never
        // finishes, and the request gets the error
        uk.selfcheck.engine.Evaluator.runOnCallingThread(null);
        RulePack rulePack = pack.load();
        String shown = PackOptions.display(file).toString();
        WebServer server;
        try {
            server = WebServer.start(rulePack, file, shown, port, spec.commandLine().getErr());
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("selfcheck: cannot serve on port " + port + ": " + e.getMessage()
                    + "; choose another with --port, or leave it out for any free one");
            return ExitCode.USAGE.code();
        }
        try {
            server.checkFile();
        } catch (uk.selfcheck.input.InputException e) {
            server.stop();
            throw e;
        }
        spec.commandLine().getOut().println(server.address());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("selfcheck serve: serving " + shown + " with rule pack "
                + rulePack.manifest().name() + " " + rulePack.manifest().version() + "; stop with Ctrl+C");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "serve-stop"));
        stopped.await();
        return ExitCode.OK.code();
    }
}
