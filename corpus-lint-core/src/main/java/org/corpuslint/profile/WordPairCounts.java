package org.corpuslint.profile;

import org.corpuslint.document.Document;
import org.corpuslint.text.WordSpans;

/**
 * How often the corpus writes each pair of adjacent words (any case, compared in lower case,
 * with one space between them), as a count-min sketch: a fixed number of rows of counters, a
 * pair counted in one counter of each row chosen by its hash, read back as the least of its
 * counters. Memory is the same on ten articles and on ten million (two rows of 2^20 counters,
 * 8 MB); a count is never too low, and too high only by the pairs that share all its counters,
 * which matters little for the frequent pairs a reader asks about. Counting and merging are
 * adding, so the sketch merges like every {@link CorpusStatistic}, and an incremental run keeps
 * the exact counts per pair hash ({@link ExactStatistics}) from which the same sketch is built.
 *
 * <p>Pairs across punctuation or a line break are not counted: {@code well. The} is no pair
 * a writer chose, and a slip is judged by the words it stands between.
 */
public final class WordPairCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Counters per row: a power of two, the same in every accumulator so that they add. */
    static final int WIDTH = 1 << 20;
    private static final int MASK = WIDTH - 1;
    static final int ROWS = 2;

    /** The statistic, for a rule's metadata. */
    public static final CorpusStatistic<WordPairCounts> STATISTIC = new WordStatistic<>() {
        @Override
        public String name() {
            return "word pair counts";
        }

        @Override
        public WordPairCounts empty() {
            return new WordPairCounts();
        }

        @Override
        void add(WordPairCounts counts, Document document, WordSpans words) {
            counts.add(document.text(), words);
        }

        @Override
        public void merge(WordPairCounts into, WordPairCounts from) {
            addCounters(into, from, 1);
        }
    };

    /** The rows, one after the other; made at the first count (a profile of no document has none). */
    private int[] counters;

    private WordPairCounts() {}

    private int[] counters() {
        if (counters == null) {
            counters = new int[ROWS * WIDTH];
        }
        return counters;
    }

    /**
     * Counts the pairs of one text. Their hashes are worked out first and the counters added to
     * after, in a loop of its own: each addition is a read of the memory at a random place, and
     * with nothing between them the processor has several under way at once.
     */
    private void add(String text, WordSpans words) {
        long[] hashes = new long[words.count()];
        int pairs = pairHashes(text, words, hashes);
        for (int k = 0; k < pairs; k++) {
            addPair(hashes[k], 1);
        }
    }

    /** Hands each pair of {@code text} to {@code sink} by its hash, in order (for {@link ExactStatistics}). */
    static void forEachPair(String text, java.util.function.LongConsumer sink) {
        WordSpans words = WordSpans.of(text);
        long[] hashes = new long[words.count()];
        int pairs = pairHashes(text, words, hashes);
        for (int k = 0; k < pairs; k++) {
            sink.accept(hashes[k]);
        }
    }

    /** The hashes of the pairs of {@code text}'s {@code words}, in order, into {@code hashes}; their number. */
    private static int pairHashes(String text, WordSpans words, long[] hashes) {
        int pairs = 0;
        PairFinder finder = new PairFinder(text);
        for (int k = 0; k < words.count(); k++) {
            if (finder.word(words.start(k), words.end(k))) {
                hashes[pairs++] = finder.pairHash();
            }
        }
        return pairs;
    }

    /** Hashes each word once, and pairs it with the one before when a space alone parts them. */
    private static final class PairFinder {

        private final String text;
        private long previousHash;
        private int previousEnd = -2;
        private long pairHash;

        PairFinder(String text) {
            this.text = text;
        }

        /** Takes the next word; true when it makes a pair with the one before ({@link #pairHash}). */
        boolean word(int start, int end) {
            long hash = wordHash(text, start, end);
            boolean paired = start - previousEnd == 1 && isSpace(text.charAt(previousEnd));
            if (paired) {
                pairHash = WordPairCounts.pairHash(previousHash, hash);
            }
            previousHash = hash;
            previousEnd = end;
            return paired;
        }

        long pairHash() {
            return pairHash;
        }
    }

    /** Adds {@code n} (negative to take out) to the pair hashed {@code pairHash}. */
    void addPair(long pairHash, long n) {
        int[] c = counters();
        for (int row = 0; row < ROWS; row++) {
            int k = row * WIDTH + slot(pairHash, row);
            c[k] = saturatedSum(c[k], n);
        }
    }

    /**
     * How often the corpus writes {@code left} followed by {@code right} (any case): never less
     * than the true count.
     */
    public long count(String left, String right) {
        return countOf(pairHash(wordHash(left, 0, left.length()),
                wordHash(right, 0, right.length())));
    }

    long countOf(long pairHash) {
        if (counters == null) {
            return 0;
        }
        long least = Long.MAX_VALUE;
        for (int row = 0; row < ROWS; row++) {
            least = Math.min(least, counters[row * WIDTH + slot(pairHash, row)]);
        }
        return least;
    }

    /** Adds {@code sign} times {@code from}'s counters to {@code into}'s (for {@link PairTally}). */
    static void addCounters(WordPairCounts into, WordPairCounts from, int sign) {
        if (from.counters == null) {
            return;
        }
        int[] mine = into.counters();
        for (int k = 0; k < mine.length; k++) {
            mine[k] = saturatedSum(mine[k], (long) sign * from.counters[k]);
        }
    }

    /** Whether both hold the same counters. */
    boolean sameCounters(WordPairCounts other) {
        int[] none = new int[0];
        return java.util.Arrays.equals(counters == null ? none : counters,
                other.counters == null ? none : other.counters)
                || (isZero(counters) && isZero(other.counters));
    }

    private static boolean isZero(int[] counters) {
        if (counters != null) {
            for (int c : counters) {
                if (c != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes the counters that are not 0, each by its place (for {@link PairTally}). */
    void writeCounters(java.io.DataOutput out) throws java.io.IOException {
        int set = 0;
        if (counters != null) {
            for (int c : counters) {
                set += c != 0 ? 1 : 0;
            }
        }
        out.writeInt(set);
        for (int k = 0; set > 0 && k < counters.length; k++) {
            if (counters[k] != 0) {
                out.writeInt(k);
                out.writeInt(counters[k]);
            }
        }
    }

    /** Reads what {@link #writeCounters} wrote. */
    static WordPairCounts readCounters(java.io.DataInput in) throws java.io.IOException {
        WordPairCounts read = new WordPairCounts();
        int set = in.readInt();
        if (set > 0) {
            int[] c = read.counters();
            for (int i = 0; i < set; i++) {
                int k = in.readInt();
                if (k < 0 || k >= c.length) {
                    throw new java.io.IOException("word pair counter " + k + " out of range");
                }
                c[k] = in.readInt();
            }
        }
        return read;
    }

    /** The bytes of counters held: the same on any corpus (for tests). */
    static long memoryBytes(WordPairCounts counts) {
        return counts.counters == null ? 0 : (long) counts.counters.length * Integer.BYTES;
    }

    private static int slot(long pairHash, int row) {
        return (int) (pairHash >>> (row * 32)) & MASK;
    }

    private static int saturatedSum(long a, long b) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, a + b));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    /** FNV-1a over the word's characters in lower case: the same in every JVM. */
    static long wordHash(CharSequence text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            // The apostrophes of possessives and contractions are one character, however typed.
            h ^= c == '\u2019' ? '\'' : Character.toLowerCase(c);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The pair's hash, mixed (MurmurHash3's finaliser) so that each row's slots spread. */
    static long pairHash(long left, long right) {
        long h = left * 0x9E3779B97F4A7C15L + right;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
