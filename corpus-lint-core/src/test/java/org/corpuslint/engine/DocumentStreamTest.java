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
}
