package uk.selfcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongUnaryOperator;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.PackageCache;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.SelfAssessment;

/**
 * Compares the warm evaluation of several builds of selfcheck in one JVM: each build's jar is loaded in a class loader
 * of its own, and the builds take turns, 200 evaluations at a time, measured in CPU time of this thread. On a machine
 * whose speed drifts, two JMH runs one after the other differ by more than most changes do; turns of a fraction of a
 * second do not.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar uk.selfcheck.bench.WarmInterleave FIXTURE SECONDS JAR[:RULES]...
 * </pre>
 *
 * A build's rules default to {@code rules}. Prints each build's median microseconds per evaluation, over the turns
 * after the first third (the JIT's warm-up).
 */
public final class WarmInterleave {
    private static final int TURN = 200;

    private WarmInterleave() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: WarmInterleave FIXTURE SECONDS JAR[:RULES]...");
            System.exit(2);
        }
        String fixture = args[0];
        long seconds = Long.parseLong(args[1]);
        List<String> builds = List.of(args).subList(2, args.length);
        URL self = WarmInterleave.class.getProtectionDomain().getCodeSource().getLocation();
        List<LongUnaryOperator> runs = new ArrayList<>();
        List<ClassLoader> loaders = new ArrayList<>();
        for (String build : builds) {
            String[] jarAndRules = build.split(":", 2);
            // the build's jar first, so that its own selfcheck and Drools classes are the ones loaded
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jarAndRules[0]).toUri().toURL(), self},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            loaders.add(loader);
            runs.add((LongUnaryOperator) loader.loadClass(Turn.class.getName())
                    .getConstructor(String.class, String.class)
                    .newInstance(jarAndRules.length > 1 ? jarAndRules[1] : "rules", fixture));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<List<Long>> micros = new ArrayList<>();
        builds.forEach(b -> micros.add(new ArrayList<>()));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < builds.size(); i++) {
                Thread.currentThread().setContextClassLoader(loaders.get(i));
                long start = cpu.getCurrentThreadCpuTime();
                runs.get(i).applyAsLong(TURN);
                micros.get(i).add((cpu.getCurrentThreadCpuTime() - start) / TURN / 1000);
            }
        }
        for (int i = 0; i < builds.size(); i++) {
            List<Long> all = micros.get(i);
            List<Long> warm = new ArrayList<>(all.subList(all.size() / 3, all.size()));
            Collections.sort(warm);
            System.out.printf("%6d us/evaluation (median of %d turns)  %s%n", warm.get(warm.size() / 2), warm.size(),
                    builds.get(i));
        }
    }

    /** One build's evaluator; loaded once per build, in that build's class loader. */
    public static final class Turn implements LongUnaryOperator {
        private final Evaluator evaluator;
        private final SelfAssessment assessment;

        public Turn(String rules, String fixture) throws Exception {
            RulePack pack = RulePackLoader.loadShared(List.of(Path.of(rules)),
                    PackageCache.standard(System.err::println));
            evaluator = new Evaluator(pack);
            assessment = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now())
                    .read(Path.of(fixture), fixture);
        }

        @Override
        public long applyAsLong(long evaluations) {
            try {
                for (long i = 0; i < evaluations; i++) {
                    evaluator.evaluate(assessment);
                }
                return evaluations;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
