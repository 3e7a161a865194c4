package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs work over indexes 0..n-1 on a fixed number of threads. Each thread gets its own state
 * from a factory, so workers share nothing while they run; callers combine the states after.
 */
final class ParallelRunner {

    private final int threads;

    ParallelRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Per-thread work: a state, and what to do for one index with that state. */
    interface Worker<S> {
        void process(S state, int index);
    }

    <S> List<S> run(int count, Supplier<S> stateFactory, Worker<S> worker, IntConsumer onDone) {
        int workers = Math.min(threads, Math.max(1, count));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<S> states = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            states.add(stateFactory.get());
        }
        if (workers == 1) {
            drain(count, next, done, states.get(0), worker, onDone);
            return states;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "corpus-lint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (S state : states) {
                futures.add(pool.submit(() -> drain(count, next, done, state, worker, onDone)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusLintException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CorpusLintException(String.valueOf(cause), cause);
        } finally {
            pool.shutdownNow();
        }
        return states;
    }

    private static <S> void drain(int count, AtomicInteger next, AtomicInteger done, S state,
            Worker<S> worker, IntConsumer onDone) {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            worker.process(state, i);
            onDone.accept(done.incrementAndGet());
        }
    }
}
