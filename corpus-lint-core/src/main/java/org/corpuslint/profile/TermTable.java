package org.corpuslint.profile;

import java.util.HashMap;
import java.util.Map;

/**
 * The counting form of {@link WordCounts}: an open-addressing table of terms, counted one token
 * at a time. A slot's key and counts sit side by side in one {@code long} array (the term's
 * hash and length, its first eight characters packed when they are Latin-1, its occurrences,
 * its documents and the last document it was counted in), so that a look-up reads one or two
 * neighbouring cache lines: a term of at most eight Latin-1 characters, most words of a news
 * text, is compared without reaching its string. With a table per parallel array, each token
 * cost a cache miss per array plus two for the string, which dominated the profile pass of a
 * large corpus. No table per document is needed: the document of the last occurrence is kept
 * per term ({@link #count}). Not thread-safe; one per worker.
 */
final class TermTable {

    private static final int INITIAL_CAPACITY = 1 << 10;
    /** Longs per slot: key, packed characters, occurrences, documents and last document. */
    private static final int STRIDE = 4;
    private static final int KEY = 0;
    private static final int PACKED = 1;
    private static final int OCCURRENCES = 2;
    private static final int DOCUMENTS = 3;
    /** Characters packed in a slot, 8 bits each. */
    private static final int PACKED_CHARS = 8;
    /** Set in a key whose term is whole in its packed characters. */
    private static final long WHOLE_IN_PACKED = 1L << 31;

    /** Per slot: {@link #KEY} (0 for an empty slot), {@link #PACKED}, the counts. */
    private long[] slots = new long[INITIAL_CAPACITY * STRIDE];
    /** The term of each slot, reached only to compare a long term and to hand terms out. */
    private String[] terms = new String[INITIAL_CAPACITY];
    private int size;

    /**
     * One occurrence of {@code term} in the document stamped {@code documentStamp}: stamps
     * start at 1 and grow by one per document, so the first occurrence in a document counts the
     * document as well.
     */
    void count(String term, int documentStamp) {
        count(term, 0, term.length(), documentStamp); // the whole term: no copy is made
    }

    /**
     * {@link #count(String, int)} of the term {@code text[start, end)}, found without making
     * it a string: one is made only when the term is new to the table.
     */
    void count(String text, int start, int end, int documentStamp) {
        int length = end - start;
        int hash = 0;
        long packed = 0;
        int latin1 = 0; // any bit above the low eight set: a character beyond Latin-1
        int packedEnd = Math.min(end, start + PACKED_CHARS);
        for (int i = start; i < packedEnd; i++) {
            char c = text.charAt(i);
            hash = 31 * hash + c; // String.hashCode of the term
            packed = packed << 8 | (c & 0xFF);
            latin1 |= c;
        }
        for (int i = packedEnd; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        long key = key(hash, length, length <= PACKED_CHARS && latin1 <= 0xFF);
        int mask = terms.length - 1;
        int slot = spread(hash) & mask;
        for (long held = slots[slot * STRIDE]; held != 0; held = slots[slot * STRIDE]) {
            int at = slot * STRIDE;
            if (held == key && slots[at + PACKED] == packed && ((key & WHOLE_IN_PACKED) != 0
                    || terms[slot].regionMatches(0, text, start, length))) {
                slots[at + OCCURRENCES]++;
                long documents = slots[at + DOCUMENTS];
                if ((int) documents != documentStamp) {
                    slots[at + DOCUMENTS] = ((documents >>> 32) + 1) << 32
                            | (documentStamp & 0xFFFFFFFFL);
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        insert(slot, text.substring(start, end), key, packed, 1, 1, documentStamp);
    }

    /** Adds {@code moreOccurrences} in {@code moreDocuments} of {@code term} (merging). */
    void add(String term, long moreOccurrences, int moreDocuments) {
        int slot = slotOf(term);
        if (terms[slot] == null) {
            insert(slot, term, key(term), packed(term), moreOccurrences, moreDocuments, 0);
            return;
        }
        int at = slot * STRIDE;
        slots[at + OCCURRENCES] += moreOccurrences;
        slots[at + DOCUMENTS] += (long) moreDocuments << 32;
    }

    /** Every term with its counts, as {@link WordCounts} hands them to readers. */
    Map<String, TermStats> toMap() {
        // Grown as a map filled one entry at a time grows, not presized: its iteration order
        // is that of the maps this table replaced.
        Map<String, TermStats> map = new HashMap<>();
        for (int slot = 0; slot < terms.length; slot++) {
            if (terms[slot] != null) {
                TermStats stats = new TermStats();
                stats.add(occurrences(slot), documents(slot));
                map.put(terms[slot], stats);
            }
        }
        return map;
    }

    /** A table holding the counts of {@code map}. */
    static TermTable of(Map<String, TermStats> map) {
        TermTable table = new TermTable();
        map.forEach((term, stats) -> table.add(term, stats.occurrences(), stats.documents()));
        return table;
    }

    /** Hands every term and its counts to {@code into} ({@link #add}). */
    void addTo(TermTable into) {
        for (int slot = 0; slot < terms.length; slot++) {
            if (terms[slot] != null) {
                into.add(terms[slot], occurrences(slot), documents(slot));
            }
        }
    }

    int size() {
        return size;
    }

    private long occurrences(int slot) {
        return slots[slot * STRIDE + OCCURRENCES];
    }

    private int documents(int slot) {
        return (int) (slots[slot * STRIDE + DOCUMENTS] >>> 32);
    }

    /** The slot holding {@code term}, or the empty slot where it belongs. */
    private int slotOf(String term) {
        int hash = term.hashCode();
        int mask = terms.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String held = terms[slot];
            if (held == null || (hash(slots[slot * STRIDE]) == hash && held.equals(term))) {
                return slot;
            }
        }
    }

    private void insert(int slot, String term, long key, long packed, long occurrencesOf,
            int documentsOf, int lastDocument) {
        int at = slot * STRIDE;
        terms[slot] = term;
        slots[at + KEY] = key;
        slots[at + PACKED] = packed;
        slots[at + OCCURRENCES] = occurrencesOf;
        slots[at + DOCUMENTS] = (long) documentsOf << 32 | (lastDocument & 0xFFFFFFFFL);
        if (++size * 3 > terms.length * 2) { // at most two thirds full
            grow();
        }
    }

    private void grow() {
        long[] oldSlots = slots;
        String[] oldTerms = terms;
        int capacity = oldTerms.length * 2;
        slots = new long[capacity * STRIDE];
        terms = new String[capacity];
        int mask = capacity - 1;
        for (int old = 0; old < oldTerms.length; old++) {
            if (oldTerms[old] == null) {
                continue;
            }
            int slot = spread(hash(oldSlots[old * STRIDE])) & mask;
            while (terms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            terms[slot] = oldTerms[old];
            System.arraycopy(oldSlots, old * STRIDE, slots, slot * STRIDE, STRIDE);
        }
    }

    /**
     * A slot's key: the term's hash above, its length and whether it is whole in its packed
     * characters below; never 0, which marks an empty slot, since a term has a character.
     */
    private static long key(int hash, int length, boolean wholeInPacked) {
        return (long) hash << 32 | (wholeInPacked ? WHOLE_IN_PACKED : 0) | length;
    }

    private static long key(String term) {
        int length = term.length();
        return key(term.hashCode(), length, length <= PACKED_CHARS && latin1(term));
    }

    private static boolean latin1(String term) {
        for (int i = 0; i < Math.min(term.length(), PACKED_CHARS); i++) {
            if (term.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The low eight bits of the term's first eight characters, as {@link #count} packs them. */
    private static long packed(String term) {
        long packed = 0;
        for (int i = 0; i < Math.min(term.length(), PACKED_CHARS); i++) {
            packed = packed << 8 | (term.charAt(i) & 0xFF);
        }
        return packed;
    }

    private static int hash(long key) {
        return (int) (key >>> 32);
    }

    /** Mixes the high bits of a string hash into the low bits that pick the slot. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
