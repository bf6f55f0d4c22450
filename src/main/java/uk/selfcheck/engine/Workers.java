package uk.selfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A small pool of daemon threads for work that does not depend on other work: reading or compiling a pack's rule
 * groups, fixtures in {@code verify}, the grade-raise search. Callers collect results in the order they submitted them,
 * so output never depends on which thread was faster. Two threads: the machines this runs on have two cores or more,
 * and each evaluation holds a session of its own on the one shared knowledge base. The threads are the pool's own,
 * not the common pool's, which on two cores has one thread and may be busy reading the pack's YAML.
 */
public final class Workers implements AutoCloseable {
    public static final int THREADS = 2;

    private final ExecutorService threads;
    private final String doing;

    /** @param doing what the threads do, for thread names and the message if the wait is interrupted */
    public Workers(String doing) {
        this.doing = doing;
        this.threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, doing);
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> Future<T> submit(Callable<T> task) {
        return threads.submit(task);
    }

    /** {@code work} done on every item, the results in the order of the items. */
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<Future<R>> pending = new ArrayList<>();
        items.forEach(item -> pending.add(submit(() -> work.apply(item))));
        List<R> results = new ArrayList<>();
        for (Future<R> future : pending) {
            try {
                results.add(get(future));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause()); // a Function throws no checked exception
            }
        }
        return results;
    }

    /** The task's result, rethrowing what it threw as itself, so that a failing rule reads the same on any thread. */
    public <T> T resultOf(Future<T> future) throws EvaluationException {
        try {
            return get(future);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EvaluationException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The result; a task's unchecked exception or error is rethrown as itself, a checked one left in the wrapper. */
    private <T> T get(Future<T> future) throws ExecutionException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
    }

    /** Stops whatever is still running: after a failure the other results are not wanted. */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
