package org.corpuslint.profile;

import org.corpuslint.document.Document;
import org.corpuslint.text.Chars;
import org.corpuslint.text.WordRuns;

/**
 * Computes a document's {@link DocumentSignature}: the exact-text hash, and the MinHash of its
 * word shingles ({@value #SHINGLE_WORDS} lower-cased words in a row; from its prose lines when
 * it has enough prose, see {@link StoryKey#isProse}), whose agreement between
 * two documents estimates the Jaccard similarity of their shingle sets. Only 16 bits of each
 * minimum are kept (b-bit MinHash): two different minima agree by chance once in 65,536 times,
 * negligible next to the estimate's own error, at a quarter of the memory.
 */
public final class MinHashSignature {

    /** Number of hash functions: the estimate's standard error is at most 0.045. */
    public static final int HASHES = 128;
    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 4;
    /** Fewer shingles than this and only exact duplicates are looked for. */
    static final int MIN_SHINGLES = 20;
    /**
     * Shingles hashed per document: far beyond a news article (10,000 words), so that a
     * hostile file of a million short words costs no more than a long article. Later words
     * still count for exact duplicates.
     */
    static final int MAX_SHINGLES = 10_000;

    private static final long[] MULTIPLIERS = new long[HASHES];
    /**
     * The addends plus 2^63: adding 2^63 flips the top bit, which turns an unsigned comparison
     * into a signed one, so the inner loop compares plainly ({@link #addShingle}).
     */
    private static final long[] BIASED_ADDENDS = new long[HASHES];
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            seed += 0x9E3779B97F4A7C15L;
            MULTIPLIERS[i] = StoryKey.mix(seed) | 1; // odd: a bijection of 64-bit words
            seed += 0x9E3779B97F4A7C15L;
            BIASED_ADDENDS[i] = StoryKey.mix(seed) + Long.MIN_VALUE;
        }
    }

    private MinHashSignature() {}

    /** The signature of {@code document}. */
    public static DocumentSignature of(Document document) {
        int first = document.firstBodyLine();
        int lines = document.lineCount();
        boolean[] prose = new boolean[Math.max(0, lines - first + 1)];
        int proseWords = 0;
        int chromeLines = 0;
        for (int line = first; line <= lines; line++) {
            String text = document.line(line);
            if (text.isBlank()) {
                continue;
            }
            prose[line - first] = StoryKey.isProse(text);
            if (prose[line - first]) {
                proseWords += WordRuns.count(text);
            } else {
                chromeLines++;
            }
        }
        // Shingles come from the prose lines, so chrome added around a copy, a changed
        // headline or caption barely moves the similarity; a document with little prose is
        // shingled whole.
        boolean proseOnly = proseWords >= MIN_SHINGLES + SHINGLE_WORDS - 1;
        long[] minima = new long[HASHES]; // biased by 2^63, see BIASED_ADDENDS
        java.util.Arrays.fill(minima, Long.MAX_VALUE); // the largest unsigned value, biased
        long[] window = new long[SHINGLE_WORDS];
        int words = 0;
        int shingles = 0;
        long exact = FNV_OFFSET;
        boolean pendingSpace = false;
        for (int line = first; line <= lines; line++) {
            String text = document.line(line);
            boolean shingled = !proseOnly || prose[line - first];
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = exact != FNV_OFFSET;
                    i++;
                    continue;
                }
                if (pendingSpace) {
                    exact = (exact ^ ' ') * FNV_PRIME;
                    pendingSpace = false;
                }
                if (!Chars.isLetterOrDigit(c)) {
                    exact = (exact ^ c) * FNV_PRIME;
                    i++;
                    continue;
                }
                long word = FNV_OFFSET;
                while (i < n && Chars.isLetterOrDigit(text.charAt(i))) {
                    char w = text.charAt(i);
                    exact = (exact ^ w) * FNV_PRIME;
                    word = (word ^ Chars.toLowerCase(w)) * FNV_PRIME;
                    i++;
                }
                if (shingled && shingles < MAX_SHINGLES) {
                    window[words++ % SHINGLE_WORDS] = word;
                    if (words >= SHINGLE_WORDS) {
                        addShingle(minima, shingle(window, words));
                        shingles++;
                    }
                }
            }
            pendingSpace = exact != FNV_OFFSET; // a line break is white space too
        }
        short[] top = null;
        if (shingles >= MIN_SHINGLES) {
            top = new short[HASHES];
            for (int k = 0; k < HASHES; k++) {
                // The minimum's own top bits are mostly zero: keep 16 bits of its mix.
                top[k] = (short) StoryKey.mix(minima[k] + Long.MIN_VALUE);
            }
        }
        long epochDay = document.header().flatMap(h -> h.date())
                .map(d -> d.toEpochDay()).orElse(DocumentSignature.NO_DATE);
        // A blank body is nobody's copy: its hash is 0, which no text hashes to.
        long exactHash = exact == FNV_OFFSET ? 0 : StoryKey.mix(exact) | 1;
        return new DocumentSignature(document.key(), exactHash, top, epochDay, chromeLines);
    }

    /**
     * Keeps the unsigned minimum of each of the {@value #HASHES} hashes, biased by 2^63 so
     * that a signed comparison orders them: the loop runs once per word of the corpus and is
     * the profile pass's largest cost. The minimum is taken without a branch
     * ({@link #signedMin}), which lets the JIT compile the loop to vector instructions (a
     * branch or {@code Math.min} on longs keeps it scalar in Java 17): about a third of the
     * time per shingle, the same minima.
     */
    private static void addShingle(long[] minima, long shingle) {
        for (int k = 0; k < HASHES; k++) {
            minima[k] = signedMin(shingle * MULTIPLIERS[k] + BIASED_ADDENDS[k], minima[k]);
        }
    }

    /**
     * The signed minimum of {@code a} and {@code b}, from arithmetic and bit operations only:
     * the sign of {@code (a - b) ^ ((a ^ b) & ((a - b) ^ a))} is {@code a < b} even when the
     * subtraction overflows (Hacker's Delight, 2-12).
     */
    static long signedMin(long a, long b) {
        long difference = a - b;
        long aIsLess = (difference ^ ((a ^ b) & (difference ^ a))) >> 63; // all ones or zero
        return b ^ ((a ^ b) & aIsLess);
    }

    /** The hash of the last {@value #SHINGLE_WORDS} words, oldest first, spread evenly. */
    private static long shingle(long[] window, int words) {
        long hash = 0;
        for (int k = 0; k < SHINGLE_WORDS; k++) {
            hash = hash * 31 + window[(words + k) % SHINGLE_WORDS];
        }
        return StoryKey.mix(hash);
    }

    /** The share of agreeing minima: the estimated Jaccard similarity of two documents. */
    public static double similarity(short[] a, short[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }
}
