package org.corpuslint.profile;

/**
 * What duplicate detection keeps of one document: its path, a hash of its text after
 * white-space normalisation, its MinHash signature over word shingles, and the two facts that
 * choose the canonical copy of a cluster. A run keeps them as columns and a temporary file
 * ({@link DuplicateSignatures}), not as records.
 *
 * @param path the document's path
 * @param exactHash the hash of the body text with white space collapsed (the date header line
 *     excluded): equal for exact duplicates; 0 for a blank body, which is nobody's copy
 * @param minHashes 16 bits of each of the {@value MinHashSignature#HASHES} minimum
 *     shingle hashes, or {@code null} when the document is too short for near-duplicate
 *     detection
 * @param epochDay the header date as a day number, or {@link #NO_DATE}
 * @param chromeLines non-blank body lines that are not prose: page chrome, captions, bylines
 */
public record DocumentSignature(String path, long exactHash, short[] minHashes, long epochDay,
        int chromeLines) implements java.io.Serializable {

    /** {@link #epochDay} of a document without a valid date header. */
    public static final long NO_DATE = Long.MAX_VALUE;

    /** Whether near-duplicate detection applies: the document has enough words. */
    public boolean hasMinHashes() {
        return minHashes != null;
    }
}
