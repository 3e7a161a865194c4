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
 * back merged, holding one finding per run. When the runs grow many they are merged into one,
 * so open files and read buffers stay bounded too. A run that never fills the buffer stays in
 * memory. Ties keep the order findings arrived in, as a stable sort of them all would.
 * Close it to delete its files.
 */
final class FindingSpool implements AutoCloseable {

    /** Findings buffered before a spill: a few MB, whatever the corpus. */
    static final int DEFAULT_BUFFER = 20_000;
    /** Sorted runs kept before they are merged into one. */
    static final int MAX_RUNS = 32;
    private static final int READ_BUFFER = 1 << 15;

    /** A finding and, when the run has a baseline, its fingerprint. */
    record Entry(Finding finding, Fingerprint fingerprint) {}

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::finding, Finding.REPORT_ORDER);

    private final int bufferLimit;
    private final List<Entry> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final FindingCounts counts = new FindingCounts();
    private Path folder;
    private boolean finished;
    private int spills;

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
            runs.add(run);
            spills++;
            buffer.clear();
            if (runs.size() >= MAX_RUNS) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool findings to a temporary file", e);
        }
    }

    /** Merges every run into one, oldest first, so ties keep their order. */
    private void compact() throws IOException {
        Path merged = Files.createTempFile(folder, "run", ".bin");
        try (MergedRuns all = new MergedRuns(List.copyOf(runs));
                DataOutputStream out = output(merged)) {
            while (all.hasNext()) {
                SpoolFormat.write(out, all.next());
            }
        }
        for (Path run : runs) {
            deleteQuietly(run);
        }
        runs.clear();
        runs.add(merged);
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
