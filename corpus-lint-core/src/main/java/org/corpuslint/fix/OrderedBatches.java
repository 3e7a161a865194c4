package org.corpuslint.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.corpuslint.engine.CorpusLintException;

/**
 * Work on a list in parallel with bounded memory: a batch of {@code threads * perThread} items at
 * a time, results handed on in the list's order, so only one batch's results are ever held.
 */
final class OrderedBatches {

    private final int threads;
    private final int perThread;

    OrderedBatches(int threads, int perThread) {
        this.threads = Math.max(1, threads);
        this.perThread = Math.max(1, perThread);
    }

    /**
     * Runs {@code work} on every item, a batch at a time on the threads, and
     * hands the results to {@code sink} in the items' order.
     */
    <T, R> void run(List<T> items, Function<T, R> work, Consumer<R> sink) {
        int workers = Math.min(threads, items.size());
        if (workers <= 1) {
            items.forEach(item -> sink.accept(work.apply(item)));
            return;
        }
        int batch = workers * perThread;
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "corpus-lint-fix");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < items.size(); from += batch) {
                List<Future<R>> results = new ArrayList<>(batch);
                for (T item : items.subList(from, Math.min(items.size(), from + batch))) {
                    results.add(pool.submit(() -> work.apply(item)));
                }
                for (Future<R> result : results) {
                    sink.accept(result.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusLintException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new CorpusLintException(String.valueOf(e.getCause()), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
