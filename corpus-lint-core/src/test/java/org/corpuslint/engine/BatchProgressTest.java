package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Batch progress: a line per interval, the rate and time left, nothing for a quick phase. */
class BatchProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void printsOneLineEachIntervalAndTheLastCount() {
        List<String> lines = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        BatchProgress progress = new BatchProgress(lines::add, 5 * SECOND, clock::get);
        progress.progress("check", 0, 1000);
        clock.set(2 * SECOND);
        progress.progress("check", 100, 1000);
        clock.set(5 * SECOND);
        progress.progress("check", 250, 1000);
        clock.set(6 * SECOND);
        progress.progress("check", 300, 1000);
        clock.set(20 * SECOND);
        progress.progress("check", 1000, 1000);
        assertEquals(List.of(
                "corpus-lint check: 250 of 1,000 documents (25%), 50 documents/s, about 15 s left",
                "corpus-lint check: 1,000 of 1,000 documents (100%), 50 documents/s"), lines);
    }

    @Test
    void aQuickPhaseAndAnUnknownTotalPrintNoShareNorEnd() {
        List<String> lines = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        BatchProgress progress = new BatchProgress(lines::add, 5 * SECOND, clock::get);
        progress.progress("profile", 1, 0);
        clock.set(6 * SECOND);
        progress.progress("profile", 600, 0);
        progress.progress("check", 1, 10);
        clock.set(7 * SECOND);
        progress.progress("check", 10, 10);
        assertEquals(List.of("corpus-lint profile: 600 documents, 100 documents/s"), lines);
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertEquals("59 s", BatchProgress.duration(59));
        assertEquals("2 min 5 s", BatchProgress.duration(125));
        assertEquals("1 h 1 min", BatchProgress.duration(3661));
    }
}
