package org.corpuslint.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.corpuslint.baseline.Fingerprint;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.model.Finding;

/**
 * The findings of a run put in report order without being held whole: an external merge sort.
 * Findings arrive per document from the worker threads in any order; a bounded buffer is sorted
 * and spilled to a temporary file (a sorted run) whenever it fills, and a pass reads the runs
 * back merged, holding one finding per run. Runs are merged in levels, as the digits of a
 * counter carry: {@value #MERGE_FAN_IN} runs of one level become one run of the next, so a
 * finding is written about once per level (log base {@value #MERGE_FAN_IN} of the spills) and a
 * pass holds at most {@value #MERGE_FAN_IN} - 1 runs per level open. A run that never fills the
 * buffer stays in memory. Ties keep the order findings arrived in, as a stable sort of them all would.
 * Close it to delete its files.
 */
final class FindingSpool implements AutoCloseable {

    /** Findings buffered before a spill: a few MB, whatever the corpus. */
    static final int DEFAULT_BUFFER = 20_000;
    /** Runs of one level merged into one run of the next level. */
    static final int MERGE_FAN_IN = 16;
    private static final int READ_BUFFER = 1 << 15;

    /** A finding and, when the run has a baseline, its fingerprint. */
    record Entry(Finding finding, Fingerprint fingerprint) {}

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::finding, Finding.REPORT_ORDER);

    private final int bufferLimit;
    private final List<Entry> buffer = new ArrayList<>();
    /** The sorted runs, oldest first, and the level of each: levels never rise along it. */
    private final List<Path> runs = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final FindingCounts counts = new FindingCounts();
    private Path folder;
    private boolean finished;
    private int spills;
    private long written;

    FindingSpool(int bufferLimit) {
        this.bufferLimit = Math.max(1, bufferLimit);
    }

    /** Adds one document's findings, with their fingerprints or {@code null}; thread-safe. */
    synchronized void add(List<Finding> findings, List<Fingerprint> fingerprints) {
        if (finished) {
            throw new IllegalStateException("spool already finished");
        }
        for (int i = 0; i < findings.size(); i++) {
            buffer.add(new Entry(findings.get(i),
                    fingerprints == null ? null : fingerprints.get(i)));
            counts.add(findings.get(i));
        }
        if (buffer.size() >= bufferLimit) {
            spill();
        }
    }

    /** Ends the adding: what is buffered is sorted, and spilled when earlier runs were. */
    synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (runs.isEmpty()) {
            buffer.sort(ORDER);
        } else if (!buffer.isEmpty()) {
            spill();
        }
    }

    /** Every finding added, counted. */
    synchronized FindingCounts counts() {
        return counts;
    }

    /** How many times the buffer was spilled to disk (for tests and figures). */
    synchronized int spills() {
        return spills;
    }

    /** Entries written to disk so far, by spills and merges (for tests and figures). */
    synchronized long written() {
        return written;
    }

    /** The sorted runs on disk now (for tests). */
    synchronized int runCount() {
        return runs.size();
    }

    /** A new pass over every entry in report order; after {@link #finish()}. */
    synchronized EntryCursor open() {
        if (!finished) {
            throw new IllegalStateException("spool not finished");
        }
        if (runs.isEmpty()) {
            Iterator<Entry> entries = List.copyOf(buffer).iterator();
            return new EntryCursor() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Entry next() {
                    return entries.next();
                }

                @Override
                public void close() {}
            };
        }
        return new MergedRuns(List.copyOf(runs));
    }

    @Override
    public synchronized void close() {
        buffer.clear();
        for (Path run : runs) {
            deleteQuietly(run);
        }
        runs.clear();
        levels.clear();
        if (folder != null) {
            deleteQuietly(folder);
            folder = null;
        }
    }

    private void spill() {
        buffer.sort(ORDER);
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("corpus-lint-spool");
            }
            Path run = Files.createTempFile(folder, "run", ".bin");
            try (DataOutputStream out = output(run)) {
                for (Entry entry : buffer) {
                    SpoolFormat.write(out, entry);
                }
            }
            written += buffer.size();
            runs.add(run);
            levels.add(0);
            spills++;
            buffer.clear();
            while (lastRunsShareALevel()) {
                mergeLastRuns();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool findings to a temporary file", e);
        }
    }

    /** Whether the newest {@value #MERGE_FAN_IN} runs are all of one level. */
    private boolean lastRunsShareALevel() {
        int n = runs.size();
        if (n < MERGE_FAN_IN) {
            return false;
        }
        int level = levels.get(n - 1);
        return levels.get(n - MERGE_FAN_IN) == level; // levels never rise along the list
    }

    /**
     * Merges the newest {@value #MERGE_FAN_IN} runs into one of the next level in their place:
     * they are adjacent and in arrival order, so ties keep their order.
     */
    private void mergeLastRuns() throws IOException {
        int from = runs.size() - MERGE_FAN_IN;
        List<Path> merging = List.copyOf(runs.subList(from, runs.size()));
        int level = levels.get(from);
        Path merged = Files.createTempFile(folder, "run", ".bin");
        try (MergedRuns all = new MergedRuns(merging);
                DataOutputStream out = output(merged)) {
            while (all.hasNext()) {
                SpoolFormat.write(out, all.next());
                written++;
            }
        }
        for (Path run : merging) {
            deleteQuietly(run);
        }
        runs.subList(from, runs.size()).clear();
        levels.subList(from, levels.size()).clear();
        runs.add(merged);
        levels.add(level + 1);
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** A pass over entries; closing it closes its files. */
    interface EntryCursor extends Iterator<Entry>, AutoCloseable {
        @Override
        void close();
    }

    /** The k-way merge of sorted runs: the smallest head next, the earlier run on a tie. */
    private static final class MergedRuns implements EntryCursor {

        private record Head(Entry entry, int run) {}

        private final List<DataInputStream> inputs = new ArrayList<>();
        private final PriorityQueue<Head> heads = new PriorityQueue<>(
                Comparator.comparing(Head::entry, ORDER).thenComparingInt(Head::run));

        MergedRuns(List<Path> runs) {
            try {
                for (Path run : runs) {
                    DataInputStream in = new DataInputStream(new BufferedInputStream(
                            Files.newInputStream(run), READ_BUFFER));
                    inputs.add(in);
                    advance(inputs.size() - 1);
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("cannot read spooled findings", e);
            }
        }

        private void advance(int run) throws IOException {
            Entry next = SpoolFormat.read(inputs.get(run));
            if (next != null) {
                heads.add(new Head(next, run));
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Entry next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            try {
                advance(head.run());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read spooled findings", e);
            }
            return head.entry();
        }

        @Override
        public void close() {
            for (DataInputStream in : inputs) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // Read to the end or abandoned: nothing is lost by a failed close.
                }
            }
        }
    }
}
