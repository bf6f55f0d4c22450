package uk.selfcheck.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
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
    /** How many items {@link #first} tests one at a time before it tests several at once. */
    private static final int RUN_AHEAD_AFTER = 8;

    private final ExecutorService threads;
    private final ExecutorService waiting;
    private final String doing;

    /** @param doing what the threads do, for thread names and the message if the wait is interrupted */
    public Workers(String doing) {
        this.doing = doing;
        this.threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, doing);
            thread.setDaemon(true);
            return thread;
        });
        this.waiting = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, doing + " (waiting)");
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> Future<T> submit(Callable<T> task) {
        return threads.submit(task);
    }

    /**
     * A task that waits for tasks of {@link #submit}, run on a thread of its own: on one of the pool's threads it would
     * hold that thread while the work it waits for queues behind it.
     */
    public <T> Future<T> submitWaiting(Callable<T> task) {
        return waiting.submit(task);
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

    /** A test that may fail the way an evaluation fails. */
    @FunctionalInterface
    public interface Test<T> {
        boolean passes(T item) throws EvaluationException;
    }

    /**
     * The first of {@code items}, in their order, that passes {@code test}, trying at most {@code limit} of them; empty
     * if none of those does. Tests are read in order, so the answer, and any failure, is the one testing them one after
     * another would give. They start one at a time, since most searches end within the first few items; once a search
     * runs long, {@link #THREADS} run ahead at once, and those after the answer are wasted. Call it from a task of
     * {@link #submitWaiting}, or from a thread of one's own, never from a task of {@link #submit}.
     */
    public <T> Optional<T> first(Iterator<T> items, int limit, Test<T> test) throws EvaluationException {
        Deque<Pending<T>> running = new ArrayDeque<>();
        int started = 0;
        try {
            while (true) {
                int ahead = started < RUN_AHEAD_AFTER ? 1 : THREADS;
                while (running.size() < ahead && started < limit && items.hasNext()) {
                    T item = items.next();
                    running.add(new Pending<>(item, submit(() -> test.passes(item))));
                    started++;
                }
                if (running.isEmpty()) {
                    return Optional.empty();
                }
                Pending<T> next = running.remove();
                if (resultOf(next.passes())) {
                    return Optional.of(next.item());
                }
            }
        } finally {
            running.forEach(pending -> pending.passes().cancel(false));
        }
    }

    /** An item of {@link #first} and its test, under way. */
    private record Pending<T>(T item, Future<Boolean> passes) {
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
            rethrowUnchecked(e.getCause());
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
    }

    /** Throws {@code cause} as itself when it is unchecked; otherwise returns, for the caller to wrap it. */
    static void rethrowUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException failure) {
            throw failure;
        }
        if (cause instanceof Error failure) {
            throw failure;
        }
    }

    /** Stops whatever is still running: after a failure the other results are not wanted. */
    @Override
    public void close() {
        waiting.shutdownNow();
        threads.shutdownNow();
    }
}
