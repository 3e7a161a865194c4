package org.corpuslint.rules.typo;

import java.util.Arrays;
import java.util.List;

/**
 * The corpus's words with everything the rule keeps about each, found by one probe: an
 * open-addressing table of {@code long} slots (the word's hash and where its record starts)
 * over one {@code char} array of records {@code [length (2 chars), facts, id (2 chars), letters...]}. A look-up
 * reads a slot and a record that lie together, where a map of strings reads a bucket, a node,
 * a key, its letters and a value, each elsewhere in memory: with a word of the corpus looked up
 * per distinct word of every document, those reads are most of the rule's cost.
 *
 * <p>The words are fixed when the table is built. The {@linkplain #facts facts} are bits its
 * users work out on first need and {@linkplain #addFacts add}; threads may race on them, which
 * at worst loses a bit to be worked out again, since every bit ever written is true.
 */
final class WordTable {

    /** Fact bits: whether the dictionary's answer is recorded, and what it is. */
    static final int KNOWN_SET = 1;
    static final int KNOWN = 2;
    /** Fact bits: how the rule treats the word wherever it stands (3 bits, 0 = not yet). */
    static final int KIND_SHIFT = 2;
    static final int KIND_MASK = 7;
    /** Fact bits: whether the vocabulary's answer for a name is recorded, and what it is. */
    static final int VOCABULARY_NAME_SET = 1 << 5;
    static final int VOCABULARY_NAME = 1 << 6;
    /**
     * Fact bits set before any document is checked: the word starts a repeated pair of
     * capitalised words ({@link NamePairs}), or ends one.
     */
    static final int LEADS_PAIR = 1 << 7;
    static final int ENDS_PAIR = 1 << 8;

    private static final int HEADER = 5;

    private final long[] slots;
    private final char[] records;
    private final String[] words;
    private final long[] occurrences;
    private final long[] documents;
    private final int size;

    /**
     * @param words distinct words, in the order {@link #words()} gives them back
     * @param occurrences per word, its occurrences in the corpus
     * @param documents per word, the documents it occurs in
     */
    WordTable(List<String> words, long[] occurrences, long[] documents) {
        int n = words.size();
        this.words = words.toArray(new String[0]);
        this.occurrences = occurrences;
        this.documents = documents;
        this.size = n;
        this.slots = new long[Math.max(16, Integer.highestOneBit(Math.max(1, n)) * 4)];
        long letters = 0;
        for (String w : words) {
            letters += HEADER + w.length();
        }
        if (letters > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many corpus words for one table: " + n);
        }
        this.records = new char[(int) letters];
        int at = 0;
        for (int id : byOccurrences(occurrences, n)) {
            String w = this.words[id];
            records[at] = (char) (w.length() >>> 16);
            records[at + 1] = (char) w.length();
            records[at + 3] = (char) (id >>> 16);
            records[at + 4] = (char) id;
            w.getChars(0, w.length(), records, at + HEADER);
            int slot = firstSlot(w.hashCode());
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = ((long) w.hashCode() << 32) | (at + 1L);
            at += HEADER + w.length();
        }
    }

    /**
     * The ids, commonest word first: the records are laid out in this order, so that the few
     * thousand words most documents use lie together and mostly stay in the processor's caches,
     * instead of each costing a miss of the memory wherever the map's order put it. Ties in id
     * order. Most words are used a few times: those used fewer than {@link #COUNTED_USES} times
     * are placed by a counting sort, and only the commoner ones sorted (a sort of every word was
     * a quicksort the JIT compiled for this one use in every run).
     */
    static int[] byOccurrences(long[] occurrences, int n) {
        int[] perCount = new int[COUNTED_USES + 1];
        int common = 0;
        for (int id = 0; id < n; id++) {
            if (sorted(occurrences[id])) {
                common++;
            } else {
                perCount[(int) occurrences[id]]++;
            }
        }
        long[] keyed = new long[common];
        int k = 0;
        for (int id = 0; id < n; id++) {
            if (sorted(occurrences[id])) {
                // highest count first, then by id; counts beyond 2^31 sort as the highest
                long count = Math.min(occurrences[id], Integer.MAX_VALUE);
                keyed[k++] = ((Integer.MAX_VALUE - count) << 32) | id;
            }
        }
        Arrays.sort(keyed);
        int[] ids = new int[n];
        for (k = 0; k < common; k++) {
            ids[k] = (int) keyed[k];
        }
        // Where each count's ids begin: after the common words, the higher counts first.
        int[] next = new int[COUNTED_USES];
        int at = common;
        for (int count = COUNTED_USES - 1; count >= 0; count--) {
            next[count] = at;
            at += perCount[count];
        }
        for (int id = 0; id < n; id++) {
            if (!sorted(occurrences[id])) {
                ids[next[(int) occurrences[id]]++] = id;
            }
        }
        return ids;
    }

    /** Words used this often or more are sorted by their counts; the others counted. */
    private static final int COUNTED_USES = 256;

    private static boolean sorted(long count) {
        return count >= COUNTED_USES || count < 0; // no count is negative; sorted as before
    }

    private int firstSlot(int hash) {
        int mixed = hash * 0x9E3779B9;
        return (mixed ^ (mixed >>> 16)) & (slots.length - 1);
    }

    /** The record of {@code word} (a handle for the methods below), or -1. */
    int find(String word) {
        int hash = word.hashCode();
        int mask = slots.length - 1;
        for (int slot = firstSlot(hash); ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int at = (int) entry - 1;
                if (sameLetters(at, word)) {
                    return at;
                }
            }
        }
    }

    /**
     * The records of {@code words[0..count)} into {@code records}, as {@link #find} gives them,
     * in two passes: the first slot of every word, then the records. The reads of one pass do
     * not wait for each other, so the processor has many of them under way at once instead of
     * one miss of the memory after another.
     */
    void findAll(String[] words, int count, int[] records) {
        int mask = slots.length - 1;
        long[] first = new long[count];
        for (int k = 0; k < count; k++) {
            first[k] = slots[firstSlot(words[k].hashCode())];
        }
        for (int k = 0; k < count; k++) {
            long entry = first[k];
            String word = words[k];
            int hash = word.hashCode();
            int found = -1;
            for (int slot = firstSlot(hash); entry != 0; ) {
                if ((int) (entry >>> 32) == hash && sameLetters((int) entry - 1, word)) {
                    found = (int) entry - 1;
                    break;
                }
                slot = (slot + 1) & mask;
                entry = slots[slot];
            }
            records[k] = found;
        }
    }

    private boolean sameLetters(int at, String word) {
        int length = word.length();
        if (((records[at] << 16) | records[at + 1]) != length) {
            return false;
        }
        int from = at + HEADER;
        for (int k = 0; k < length; k++) {
            if (records[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The word's id: its place in {@link #words()}, 0 up to {@link #size()} - 1. */
    int id(int record) {
        return (records[record + 3] << 16) | records[record + 4];
    }

    /** The bits added to the record so far (0 for none). */
    int facts(int record) {
        return records[record + 2];
    }

    /** Adds {@code bits} (of the low 16) to what the record says. */
    void addFacts(int record, int bits) {
        records[record + 2] = (char) (records[record + 2] | bits);
    }

    long occurrences(int record) {
        return occurrences[id(record)];
    }

    /** Occurrences of the word with id {@code id}: for a pass over every word, no look-up. */
    long occurrencesOfId(int id) {
        return occurrences[id];
    }

    long documents(int record) {
        return documents[id(record)];
    }

    /** Every word, in the order given when the table was built. */
    List<String> words() {
        return Arrays.asList(words);
    }

    int size() {
        return size;
    }
}
