package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Streams the documents of a corpus through worker threads with a constant number in memory:
 * reader threads read the sources (files, and the records of JSON Lines files, each file by one
 * reader in order) into a small bounded queue, and the workers take documents from it, each with
 * its own state, as {@link ParallelRunner} does for indexes. Several readers, because a corpus
 * of small files not in the page cache makes a lone reader wait on the disk for each file while
 * the workers wait for it. Documents are handed over in batches of a few: handed over one by
 * one, each document woke a waiting reader (a context switch on a machine whose cores the
 * workers keep busy). With one thread everything happens on the caller's thread, in source
 * order.
 */
final class DocumentStream {

    /** Batches waiting per worker: enough to keep workers busy, too few to weigh. */
    private static final int QUEUED_PER_WORKER = 2;
    /** Documents in a batch at most. */
    static final int BATCH_DOCUMENTS = 8;
    /**
     * Characters of text in a batch at most (a batch holds at least one document): batches of
     * long documents stay as small in memory as a few documents of news.
     */
    static final int BATCH_CHARACTERS = 64 * 1024;
    /**
     * Reader threads: enough for the disk's reads to overlap one another and the workers'
     * computing; each holds at most one batch beyond the queue. Reading 20,000 files of a
     * corpus not in the page cache took 5.8 s on one thread, 3.2 s on 8 and 1.5 s on 16 here:
     * a lone reader (3,500 files/s) could not keep two workers' profile pass (6,300 documents/s)
     * fed.
     */
    private static final int READERS = 16;
    /** Tells a worker that no batch follows: an object no reader hands over. */
    private static final List<LoadedDocument> END = java.util.Collections.unmodifiableList(
            new ArrayList<>());

    private final int threads;

    DocumentStream(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** What one worker does with one document, with its own state. */
    interface Worker<S> {
        void process(S state, LoadedDocument document);
    }

    /**
     * Reads every source and hands each document to a worker.
     *
     * @param onDone told the number of documents done so far, after each
     * @return the workers' states, to be merged by the caller
     */
    <S> List<S> run(List<DocumentSource> sources, DocumentLoader loader,
            Supplier<S> stateFactory, Worker<S> worker, IntConsumer onDone) {
        AtomicInteger done = new AtomicInteger();
        if (threads == 1) {
            S state = stateFactory.get();
            for (DocumentSource source : sources) {
                source.read(loader, document -> {
                    worker.process(state, document);
                    onDone.accept(done.incrementAndGet());
                });
            }
            return java.util.Collections.singletonList(state);
        }
        BlockingQueue<List<LoadedDocument>> queue =
                new ArrayBlockingQueue<>(threads * QUEUED_PER_WORKER);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<S> states = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            S state = stateFactory.get();
            states.add(state);
            Thread thread = new Thread(() -> {
                try {
                    for (List<LoadedDocument> batch = queue.take(); batch != END;
                            batch = queue.take()) {
                        for (LoadedDocument d : batch) {
                            if (failure.get() == null) {
                                worker.process(state, d);
                                onDone.accept(done.incrementAndGet());
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    drain(queue);
                }
            }, "corpus-lint-worker");
            thread.setDaemon(true);
            thread.start();
            workers.add(thread);
        }
        try {
            readAll(sources, loader, queue, failure);
        } finally {
            for (int i = 0; i < threads; i++) {
                put(queue, END, null);
            }
            for (Thread thread : workers) {
                join(thread);
            }
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return states;
    }

    /**
     * Reads every source into the queue on {@link #READERS} threads (fewer when there are fewer
     * sources), each taking the next source not yet taken; returns when all are read or one
     * reader or worker failed.
     */
    private static void readAll(List<DocumentSource> sources, DocumentLoader loader,
            BlockingQueue<List<LoadedDocument>> queue, AtomicReference<Throwable> failure) {
        AtomicInteger next = new AtomicInteger();
        Runnable reader = () -> {
            Batch batch = new Batch(queue, failure);
            try {
                for (int i = next.getAndIncrement(); i < sources.size() && failure.get() == null;
                        i = next.getAndIncrement()) {
                    sources.get(i).read(loader, batch::add);
                }
                batch.handOver();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        int readers = Math.min(READERS, sources.size());
        List<Thread> others = new ArrayList<>();
        for (int r = 1; r < readers; r++) {
            Thread thread = new Thread(reader, "corpus-lint-reader");
            thread.setDaemon(true);
            thread.start();
            others.add(thread);
        }
        reader.run(); // the caller is a reader too
        for (Thread thread : others) {
            join(thread);
        }
    }

    /** Ends the reading of a source once a worker failed: the run fails with its error. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** One reader's documents not yet handed over, in the order read. */
    private static final class Batch {
        private final BlockingQueue<List<LoadedDocument>> queue;
        private final AtomicReference<Throwable> failure;
        private List<LoadedDocument> documents = new ArrayList<>(BATCH_DOCUMENTS);
        private long characters;

        Batch(BlockingQueue<List<LoadedDocument>> queue, AtomicReference<Throwable> failure) {
            this.queue = queue;
            this.failure = failure;
        }

        void add(LoadedDocument document) {
            documents.add(document);
            characters += document.lintable() ? document.document().text().length() : 0;
            if (documents.size() >= BATCH_DOCUMENTS || characters >= BATCH_CHARACTERS) {
                handOver();
            }
        }

        /** Puts the documents read so far, if any. */
        void handOver() {
            if (!documents.isEmpty()) {
                put(queue, documents, failure);
                documents = new ArrayList<>(BATCH_DOCUMENTS);
                characters = 0;
            }
        }
    }

    /** Puts {@code batch}, unless a worker failed: then the rest is not worth reading. */
    private static void put(BlockingQueue<List<LoadedDocument>> queue,
            List<LoadedDocument> batch, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null && failure.get() != null) {
                    throw new StopReading();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusLintException("interrupted", e);
        }
    }

    /** A failed worker keeps taking, so the reader and the other workers never block on it. */
    private static void drain(BlockingQueue<List<LoadedDocument>> queue) {
        try {
            for (List<LoadedDocument> batch = queue.take(); batch != END;
                    batch = queue.take()) {
                // discarded: the run fails
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusLintException("interrupted", e);
        }
    }
}
