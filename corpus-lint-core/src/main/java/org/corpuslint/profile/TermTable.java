package org.corpuslint.profile;

import java.util.HashMap;
import java.util.Map;

/**
 * The counting form of {@link WordCounts}: an open-addressing table of terms with their
 * occurrences and documents in parallel arrays, counted one token at a time. A token is one
 * look-up that first compares a cached hash in a flat array, where a {@code HashMap} of
 * {@link TermStats} costs a node, a key and a value object to reach, and no table per document
 * is needed: the document of the last occurrence is kept per term ({@link #count}).
 * Not thread-safe; one per worker.
 */
final class TermTable {

    private static final int INITIAL_CAPACITY = 1 << 10;

    private String[] terms = new String[INITIAL_CAPACITY];
    private int[] hashes = new int[INITIAL_CAPACITY];
    private long[] occurrences = new long[INITIAL_CAPACITY];
    private int[] documents = new int[INITIAL_CAPACITY];
    /** The stamp of the last document a term was counted in by {@link #count}. */
    private int[] lastDocument = new int[INITIAL_CAPACITY];
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
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i); // String.hashCode of the term
        }
        int mask = terms.length - 1;
        int slot = spread(hash) & mask;
        for (String held = terms[slot]; held != null; held = terms[slot]) {
            if (hashes[slot] == hash && held.length() == length
                    && held.regionMatches(0, text, start, length)) {
                occurrences[slot]++;
                if (lastDocument[slot] != documentStamp) {
                    lastDocument[slot] = documentStamp;
                    documents[slot]++;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        lastDocument[slot] = documentStamp; // before insert: it may grow the table
        insert(slot, text.substring(start, end), 1, 1);
    }

    /** Adds {@code moreOccurrences} in {@code moreDocuments} of {@code term} (merging). */
    void add(String term, long moreOccurrences, int moreDocuments) {
        int slot = slotOf(term);
        if (terms[slot] == null) {
            insert(slot, term, moreOccurrences, moreDocuments);
            return;
        }
        occurrences[slot] += moreOccurrences;
        documents[slot] += moreDocuments;
    }

    /** Every term with its counts, as {@link WordCounts} hands them to readers. */
    Map<String, TermStats> toMap() {
        // Grown as a map filled one entry at a time grows, not presized: its iteration order
        // is that of the maps this table replaced.
        Map<String, TermStats> map = new HashMap<>();
        for (int slot = 0; slot < terms.length; slot++) {
            if (terms[slot] != null) {
                TermStats stats = new TermStats();
                stats.add(occurrences[slot], documents[slot]);
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
                into.add(terms[slot], occurrences[slot], documents[slot]);
            }
        }
    }

    int size() {
        return size;
    }

    /** The slot holding {@code term}, or the empty slot where it belongs. */
    private int slotOf(String term) {
        int hash = term.hashCode();
        int mask = terms.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String held = terms[slot];
            if (held == null || (hashes[slot] == hash && held.equals(term))) {
                return slot;
            }
        }
    }

    private void insert(int slot, String term, long occurrencesOf, int documentsOf) {
        terms[slot] = term;
        hashes[slot] = term.hashCode();
        occurrences[slot] = occurrencesOf;
        documents[slot] = documentsOf;
        if (++size * 3 > terms.length * 2) { // at most two thirds full
            grow();
        }
    }

    private void grow() {
        String[] oldTerms = terms;
        int[] oldHashes = hashes;
        long[] oldOccurrences = occurrences;
        int[] oldDocuments = documents;
        int[] oldLast = lastDocument;
        int capacity = oldTerms.length * 2;
        terms = new String[capacity];
        hashes = new int[capacity];
        occurrences = new long[capacity];
        documents = new int[capacity];
        lastDocument = new int[capacity];
        int mask = capacity - 1;
        for (int old = 0; old < oldTerms.length; old++) {
            if (oldTerms[old] == null) {
                continue;
            }
            int slot = spread(oldHashes[old]) & mask;
            while (terms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            terms[slot] = oldTerms[old];
            hashes[slot] = oldHashes[old];
            occurrences[slot] = oldOccurrences[old];
            documents[slot] = oldDocuments[old];
            lastDocument[slot] = oldLast[old];
        }
    }

    /** Mixes the high bits of a string hash into the low bits that pick the slot. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
