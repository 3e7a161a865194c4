package org.corpuslint.profile;

/**
 * {@link SpilledSignatures} numbered in path order, as {@link DuplicateClusters#find} verifies
 * and joins them: document {@code i} is the {@code i}-th by path. Reads of the MinHash values
 * go to the spill, with a small cache for the documents a long run of equal band keys compares
 * again and again.
 */
final class SignaturesInPathOrder {

    private static final int CACHED = 256;

    private final SpilledSignatures signatures;
    /** The document number of the {@code i}-th path. */
    private final int[] byPath;
    /** The place in path order of document number {@code n}. */
    private final int[] rank;
    private final int[] cachedIndex = new int[CACHED];
    private final short[][] cached = new short[CACHED][MinHashSignature.HASHES];
    private final short[] scratch = new short[MinHashSignature.HASHES];

    SignaturesInPathOrder(SpilledSignatures signatures) {
        this.signatures = signatures;
        byPath = signatures.pathOrder();
        rank = new int[byPath.length];
        for (int i = 0; i < byPath.length; i++) {
            rank[byPath[i]] = i;
        }
        java.util.Arrays.fill(cachedIndex, -1);
    }

    int size() {
        return byPath.length;
    }

    long exactHash(int i) {
        return signatures.exactHash(byPath[i]);
    }

    /** The estimated similarity of the {@code a}-th and {@code b}-th documents (both with values). */
    double similarity(int a, int b) {
        short[] first = minHashes(a);
        if ((a & (CACHED - 1)) == (b & (CACHED - 1)) && a != b) {
            signatures.minHashes(byPath[b], scratch); // same slot: keep the first where it is
            return MinHashSignature.similarity(first, scratch);
        }
        return MinHashSignature.similarity(first, minHashes(b));
    }

    /** The MinHash values of the {@code i}-th document, cached; do not modify. */
    private short[] minHashes(int i) {
        int slot = i & (CACHED - 1);
        if (cachedIndex[slot] != i) {
            signatures.minHashes(byPath[i], cached[slot]);
            cachedIndex[slot] = i;
        }
        return cached[slot];
    }

    /** The {@code i}-th document's whole signature. */
    DocumentSignature signature(int i) {
        return signatures.signature(byPath[i]);
    }

    /** Each document with MinHash values, by its place in path order, in one pass. */
    void forEachMinHashes(SpilledSignatures.MinHashVisitor visitor) {
        signatures.forEachMinHashes((n, minHashes) -> visitor.document(rank[n], minHashes));
    }
}
