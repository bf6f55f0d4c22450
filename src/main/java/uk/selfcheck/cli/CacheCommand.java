package uk.selfcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.PackageCache;

@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The cache of compiled rules, which lets a run skip compiling rules that have not changed.",
        subcommands = {CacheCommand.Info.class, CacheCommand.Clear.class})
final class CacheCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Shows where the cache is, whether it is used (and if not, why), and what it holds.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PackageCache cache = PackageCache.standard(note -> { });
            Optional<String> unusable = cache.unusableReason();
            List<Path> entries = cache.entries();
            long bytes = 0;
            for (Path entry : entries) {
                bytes += Files.size(entry);
            }
            spec.commandLine().getOut().print("folder: " + cache.directory() + "\n"
                    + "used: " + unusable.map(why -> "no, " + why).orElse("yes") + "\n"
                    + "compiled packages: " + entries.size() + " (" + (bytes + 1023) / 1024 + " KiB)\n");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Deletes every compiled package in the cache; the next run compiles its rules again.")
    static final class Clear implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PackageCache cache = PackageCache.standard(note -> { });
            int removed = cache.clear();
            spec.commandLine().getErr().println("cache: removed " + Failures.count(removed, "compiled package") + " from "
                    + cache.directory());
            return ExitCode.OK.code();
        }
    }
}
