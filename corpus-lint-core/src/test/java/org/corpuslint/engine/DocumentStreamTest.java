package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

/** Documents stream through the workers; a worker's error stops the reading and fails the run. */
class DocumentStreamTest {

    private static final DocumentLoader LOADER = new DocumentLoader(StandardCharsets.UTF_8, 1000);

    private static List<DocumentSource> sources(int count) {
        List<DocumentSource> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sources.add(DocumentSource.of(new Document("d" + i + ".txt", "Text " + i + ".")));
        }
        return sources;
    }

    @Test
    void everyDocumentReachesOneWorkerAndStatesAreReturned() {
        AtomicInteger seen = new AtomicInteger();
        List<AtomicInteger> states = new DocumentStream(3).run(sources(500), LOADER,
                AtomicInteger::new, (state, document) -> {
                    state.incrementAndGet();
                    seen.incrementAndGet();
                }, done -> { });
        assertEquals(3, states.size());
        assertEquals(500, seen.get());
        assertEquals(500, states.stream().mapToInt(AtomicInteger::get).sum());
    }

    @Test
    void aWorkersErrorFailsTheRunAndStopsTheReading() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger processed = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new DocumentStream(2).run(sources(100_000), LOADER, () -> null,
                        (state, document) -> {
                            if (processed.incrementAndGet() == 10) {
                                throw boom;
                            }
                        }, done -> { }));
        assertSame(boom, thrown);
        assertTrue(processed.get() < 1_000, "documents processed after the error: "
                + processed.get());
    }
    /**
     * While the workers are held up, the readers stop once the queue and their own batches are
     * full: batches of a few news documents, fewer when documents are long.
     */
    @Test
    void documentsReadAheadOfTheWorkersStayBounded() throws Exception {
        // 2 batches queued per worker, one in each worker's and each of 16 readers' hands
        int shortRead = readAheadWhileWorkersWait("Short text.");
        assertTrue(shortRead > 0 && shortRead <= 22 * 8, "read ahead: " + shortRead);
        String longText = "x ".repeat(20_000); // 40,000 characters: two make a batch
        int longRead = readAheadWhileWorkersWait(longText);
        assertTrue(longRead > 0 && longRead <= 22 * 2, "read ahead: " + longRead);
    }

    /** Documents read while two workers wait, once the readers have stopped. */
    private static int readAheadWhileWorkersWait(String text) throws Exception {
        AtomicInteger read = new AtomicInteger();
        List<DocumentSource> sources = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            DocumentSource inMemory = DocumentSource.of(new Document("d" + i + ".txt", text));
            sources.add(source(inMemory.relativePath(), (loader, sink) -> {
                read.incrementAndGet();
                inMemory.read(loader, sink);
            }));
        }
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        int[] stalled = {-1};
        Thread watcher = new Thread(() -> {
            try {
                int last = -1;
                while (read.get() != last) {
                    last = read.get();
                    Thread.sleep(300);
                }
                stalled[0] = last;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                release.countDown();
            }
        });
        watcher.start();
        new DocumentStream(2).run(sources, LOADER, () -> null, (state, document) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, done -> { });
        watcher.join();
        assertEquals(10_000, read.get());
        return stalled[0];
    }

    @Test
    void sourcesAreReadOnSeveralThreadsEachDocumentOnce() {
        // Each source's read waits until another source is being read: a lone reader would
        // wait out the barrier's time and the run would fail.
        java.util.concurrent.CyclicBarrier twoReads = new java.util.concurrent.CyclicBarrier(2);
        List<DocumentSource> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            DocumentSource inMemory = DocumentSource.of(new Document("d" + i + ".txt", "Text."));
            sources.add(source(inMemory.relativePath(), (loader, sink) -> {
                try {
                    twoReads.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("sources read one at a time", e);
                }
                inMemory.read(loader, sink);
            }));
        }
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger documents = new AtomicInteger();
        new DocumentStream(2).run(sources, LOADER, () -> null, (state, document) -> {
            seen.add(document.document().path());
            documents.incrementAndGet();
        }, done -> { });
        assertEquals(40, documents.get());
        assertEquals(40, seen.size());
    }

    @Test
    void aReadersErrorFailsTheRun() {
        IllegalStateException boom = new IllegalStateException("unreadable");
        List<DocumentSource> sources = new ArrayList<>(sources(50));
        sources.set(20, source("bad.txt", (loader, sink) -> {
            throw boom;
        }));
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> new DocumentStream(2).run(sources, LOADER, () -> null,
                        (state, document) -> { }, done -> { })));
    }

    /** A one-document source named {@code path} that reads as {@code read} does. */
    private static DocumentSource source(String path, java.util.function.BiConsumer<DocumentLoader,
            java.util.function.Consumer<LoadedDocument>> read) {
        return new DocumentSource() {
            @Override
            public String relativePath() {
                return path;
            }

            @Override
            public boolean single() {
                return true;
            }

            @Override
            public void read(DocumentLoader loader,
                    java.util.function.Consumer<LoadedDocument> sink) {
                read.accept(loader, sink);
            }
        };
    }
}
