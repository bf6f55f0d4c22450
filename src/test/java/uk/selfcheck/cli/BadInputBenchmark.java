package uk.selfcheck.cli;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.selfcheck.ShippedPack;

/**
 * Prints the time and memory {@code selfcheck check} spends refusing each bad input: the committed corpus and the
 * generated hostile files. Run with {@code bench/bad-input.sh [NAME...]}, naming parts of file names to measure only
 * those; figures are printed, never asserted.
 */
public final class BadInputBenchmark {
    private static final int RUNS = 5;

    private BadInputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ShippedPack.get();
        Path tmp = Files.createTempDirectory("selfcheck-bench");
        List<Path> inputs = new ArrayList<>(BadInputCorpusTest.inputs());
        for (Map.Entry<String, byte[]> hostile : HostileFiles.all().entrySet()) {
            inputs.add(Files.write(tmp.resolve(hostile.getKey()), hostile.getValue()));
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("%-45s %9s %7s %12s %5s%n", "input", "bytes", "exit", "median ms", "MB allocated");
        for (Path input : inputs) {
            if (args.length > 0 && Arrays.stream(args).noneMatch(a -> input.getFileName().toString().contains(a))) {
                continue;
            }
            Cli.run("check", input.toString(), "--rules", "rules"); // warm up
            long[] nanos = new long[RUNS];
            long allocated = 0;
            int exit = 0;
            for (int i = 0; i < RUNS; i++) {
                long bytesBefore = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                exit = Cli.run("check", input.toString(), "--rules", "rules").exitCode();
                nanos[i] = System.nanoTime() - start;
                allocated = Math.max(allocated, threads.getCurrentThreadAllocatedBytes() - bytesBefore);
            }
            Arrays.sort(nanos);
            System.out.printf("%-45s %9d %7d %12.1f %5.1f%n", input.getFileName(), Files.size(input), exit,
                    nanos[RUNS / 2] / 1e6, allocated / 1e6);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after all runs: %.0f MB of %.0f MB maximum%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        try (var files = Files.list(tmp)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(tmp);
    }
}
