package org.corpuslint.profile;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of
 * {@code rows} values, and two documents become a candidate pair when any band agrees in full.
 * A pair of similarity {@code s} is a candidate with probability {@code 1 - (1 - s^rows)^bands}
 * (the S-curve); {@link #forThreshold} picks the most selective banding that still catches a
 * pair at the threshold with probability {@value #RECALL_AT_THRESHOLD}.
 *
 * @param rows values per band
 * @param bands number of bands
 */
public record LshBands(int rows, int bands) {

    static final double RECALL_AT_THRESHOLD = 0.995;
    /**
     * Bits of a band key that count: the rest of a {@code long} holds a document's index while
     * keys are sorted ({@link DuplicateClusters}); a distributed run groups by the same bits.
     */
    public static final int KEY_BITS = 36;

    /** The banding {@link DuplicateClusters#find} uses at {@code threshold}. */
    public static LshBands forThreshold(double threshold) {
        for (int rows = 16; rows > 1; rows--) {
            int bands = MinHashSignature.HASHES / rows;
            if (candidateProbability(threshold, rows, bands) >= RECALL_AT_THRESHOLD) {
                return new LshBands(rows, bands);
            }
        }
        return new LshBands(1, MinHashSignature.HASHES);
    }

    static double candidateProbability(double similarity, int rows, int bands) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }

    /**
     * The key of band {@code band} of {@code minHashes}: {@value #KEY_BITS} bits of its hash,
     * non-negative. Documents with equal keys in one band are candidate pairs.
     */
    public long key(short[] minHashes, int band) {
        long hash = band;
        for (int k = band * rows; k < (band + 1) * rows; k++) {
            hash = StoryKey.mix(hash * 31 + minHashes[k]);
        }
        return hash & ((1L << KEY_BITS) - 1);
    }
}
