package uk.selfcheck.engine;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code SELFCHECK_TIMINGS=1} in the environment, prints on stderr when each phase of a run ends: the time since
 * the JVM started, the CPU time of the whole process and of the thread that ended the phase. It explains where a slow
 * run spends its time; off, it costs one check of a constant.
 */
public final class Timings {
    private static final boolean ON = System.getenv("SELFCHECK_TIMINGS") != null;

    private Timings() {
    }

    public static void mark(String phase) {
        if (ON) {
            print(phase);
        }
    }

    private static void print(String phase) {
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf(Locale.ROOT, "timing: %-22s %5d ms since start, cpu %5d ms (this thread %5d ms)%n", phase,
                ManagementFactory.getRuntimeMXBean().getUptime(), process / 1_000_000, thread / 1_000_000);
    }
}
