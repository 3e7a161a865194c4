package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.engine.RunStatistics;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.RuleMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every writer fed by an iterator that makes findings as they are asked for: half way through
 * a pass, the findings already written must be collectable, so a writer's memory does not grow
 * with the findings it writes.
 */
class StreamingWritersTest {

    private static final int FINDINGS = 20_000;
    private static final int CHECKPOINT = FINDINGS / 2;

    /** A run of {@link #FINDINGS} made on demand, one per document, that checks retention. */
    private static final class GeneratedRun implements RunFindings {
        int passes;
        final List<Long> heldAtCheckpoint = new ArrayList<>();

        @Override
        public int documentCount() {
            return FINDINGS;
        }

        @Override
        public List<RuleMetadata> rules() {
            return List.of(new RuleMetadata("typo", Severity.WARNING, "Typo", "", ""));
        }

        @Override
        public List<DuplicateCluster> duplicateClusters() {
            return List.of();
        }

        @Override
        public RunStatistics statistics() {
            return RunStatistics.empty();
        }

        @Override
        public FindingCounts counts() {
            FindingCounts counts = new FindingCounts();
            try (FindingCursor all = cursor(false)) {
                all.forEachRemaining(counts::add);
            }
            return counts;
        }

        @Override
        public FindingCursor openFindings() {
            passes++;
            return cursor(true);
        }

        private FindingCursor cursor(boolean check) {
            List<WeakReference<Finding>> written = new ArrayList<>();
            return new FindingCursor() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < FINDINGS;
                }

                @Override
                public Finding next() {
                    if (next >= FINDINGS) {
                        throw new NoSuchElementException();
                    }
                    if (check && next == CHECKPOINT) {
                        // The writer has the last one or two (one document's); the rest is gone.
                        heldAtCheckpoint.add(Math.max(0,
                                stillHeld(written.subList(0, written.size() - 2))));
                    }
                    int i = next++;
                    Position start = new Position(2, 1 + i % 9, 10 + i % 9);
                    Finding f = new Finding("typo", Severity.WARNING,
                            String.format("outlet-%d/doc-%06d.txt", i % 5, i), start,
                            new Position(2, 5 + i % 9, 14 + i % 9), "'agian' at " + i, null);
                    if (check && i < CHECKPOINT) {
                        written.add(new WeakReference<>(f));
                    }
                    return f;
                }

                @Override
                public void close() {}
            };
        }
    }

    private static final OutputStream NOWHERE = new OutputStream() {
        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    };

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "json", "html", "checkstyle"})
    void writersHoldNoFindingTheyHaveWritten(String format) throws IOException {
        GeneratedRun run = new GeneratedRun();
        ReportWriters.forFormat(format).write(run,
                new ReportContext(null, DocumentTexts.none(), 10), NOWHERE);
        assertTrue(run.passes >= 1);
        assertEquals(run.passes, run.heldAtCheckpoint.size());
        run.heldAtCheckpoint.forEach(held -> assertEquals(0L, held,
                format + " holds findings it has written"));
    }

    private static long stillHeld(List<WeakReference<Finding>> refs) {
        long alive = refs.size();
        for (int attempt = 0; attempt < 10 && alive > 0; attempt++) {
            System.gc();
            alive = refs.stream().filter(r -> r.get() != null).count();
        }
        return alive;
    }
}
