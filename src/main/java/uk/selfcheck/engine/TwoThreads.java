package uk.selfcheck.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Independent steps of loading a pack (reading a rule group from the cache, or compiling it) shared between the calling
 * thread and one other. Each thread takes the next item when it is done with one, so one thread compiling a group
 * while the other reads the rest keeps both busy; results come back in the order of the items. The other thread is a
 * thread of its own, not the common pool's, which on two cores has one thread and is busy reading the pack's YAML.
 */
final class TwoThreads {
    private TwoThreads() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                results[i] = work.apply(items.get(i));
            }
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                worker.run();
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "loading rules");
        other.setDaemon(true);
        if (items.size() > 1) {
            other.start();
        }
        worker.run();
        join(other);
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading rules", e);
        }
    }
}
