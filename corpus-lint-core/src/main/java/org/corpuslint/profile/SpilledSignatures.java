package org.corpuslint.profile;

import java.io.Closeable;
import java.util.Arrays;

/**
 * Every document's {@link DocumentSignature}, kept as primitive columns (exact hash, date,
 * chrome lines, the number of its MinHash record), its path in a {@link PathColumn}, and its
 * MinHash values in a {@link SignatureSpill}: some 55 bytes of heap per document instead of
 * about 400. Documents are numbered in the order added; the spill is created with the first
 * document that has MinHash values, and records follow the documents' order.
 */
final class SpilledSignatures implements Closeable {

    private static final int NO_RECORD = -1;

    private final PathColumn paths = new PathColumn();
    private long[] exactHashes = new long[16];
    private long[] epochDays = new long[16];
    private int[] chromeLines = new int[16];
    private int[] records = new int[16];
    private int size;
    private SignatureSpill spill;
    private boolean closed;

    /** Adds {@code signature} as the next document. */
    void add(DocumentSignature signature) {
        add(signature.path(), signature.exactHash(), signature.epochDay(),
                signature.chromeLines(), signature.minHashes());
    }

    private void add(String path, long exactHash, long epochDay, int chrome, short[] minHashes) {
        if (closed) {
            throw new IllegalStateException("the duplicate signatures were released");
        }
        if (size == exactHashes.length) {
            int capacity = size + (size >> 1);
            exactHashes = Arrays.copyOf(exactHashes, capacity);
            epochDays = Arrays.copyOf(epochDays, capacity);
            chromeLines = Arrays.copyOf(chromeLines, capacity);
            records = Arrays.copyOf(records, capacity);
        }
        paths.add(path);
        exactHashes[size] = exactHash;
        epochDays[size] = epochDay;
        chromeLines[size] = chrome;
        int record = NO_RECORD;
        if (minHashes != null) {
            if (spill == null) {
                spill = SignatureSpill.create();
            }
            long number = spill.append(minHashes);
            if (number > Integer.MAX_VALUE) {
                throw new IllegalStateException("too many documents for duplicate detection");
            }
            record = (int) number;
        }
        records[size++] = record;
    }

    /** Adds every document of {@code other} after these, which stays as it is. */
    void addAll(SpilledSignatures other) {
        SignatureSpill.Reader reader = other.spill == null ? null : other.spill.reader();
        short[] minHashes = new short[MinHashSignature.HASHES];
        for (int i = 0; i < other.size; i++) {
            boolean has = other.records[i] != NO_RECORD;
            if (has) {
                reader.next(minHashes);
            }
            add(other.paths.get(i), other.exactHashes[i], other.epochDays[i],
                    other.chromeLines[i], has ? minHashes : null);
        }
    }

    int size() {
        return size;
    }

    String path(int i) {
        return paths.get(i);
    }

    long exactHash(int i) {
        return exactHashes[i];
    }

    long epochDay(int i) {
        return epochDays[i];
    }

    boolean hasMinHashes(int i) {
        return records[i] != NO_RECORD;
    }

    /** The MinHash values of document {@code i} (which has them), read from the spill. */
    void minHashes(int i, short[] into) {
        spill.read(records[i], into);
    }

    /** Document {@code i}'s signature, its MinHash values read back. */
    DocumentSignature signature(int i) {
        short[] minHashes = null;
        if (hasMinHashes(i)) {
            minHashes = new short[MinHashSignature.HASHES];
            minHashes(i, minHashes);
        }
        return new DocumentSignature(paths.get(i), exactHashes[i], minHashes, epochDays[i],
                chromeLines[i]);
    }

    /** Receives a document's number and MinHash values (a buffer reused for the next). */
    @FunctionalInterface
    interface MinHashVisitor {
        void document(int i, short[] minHashes);
    }

    /** Reads every document's MinHash values in one sequential pass, in the documents' order. */
    void forEachMinHashes(MinHashVisitor visitor) {
        if (spill == null) {
            return;
        }
        SignatureSpill.Reader reader = spill.reader();
        short[] minHashes = new short[MinHashSignature.HASHES];
        for (int i = 0; i < size; i++) {
            if (records[i] != NO_RECORD) {
                reader.next(minHashes);
                visitor.document(i, minHashes);
            }
        }
    }

    /** Every signature, in the documents' order (one sequential pass over the spill). */
    void forEach(java.util.function.Consumer<DocumentSignature> action) {
        SignatureSpill.Reader reader = spill == null ? null : spill.reader();
        for (int i = 0; i < size; i++) {
            short[] minHashes = null;
            if (records[i] != NO_RECORD) {
                minHashes = new short[MinHashSignature.HASHES];
                reader.next(minHashes);
            }
            action.accept(new DocumentSignature(paths.get(i), exactHashes[i], minHashes,
                    epochDays[i], chromeLines[i]));
        }
    }

    /** The documents' numbers in path order. */
    int[] pathOrder() {
        return paths.sortedIndexes();
    }

    /** Whether a temporary file is open. */
    boolean holdsFile() {
        return spill != null && spill.isOpen();
    }

    /** Deletes the temporary file; the signatures can no longer be read or added to. */
    @Override
    public void close() {
        closed = true;
        if (spill != null) {
            spill.close();
        }
    }
}
