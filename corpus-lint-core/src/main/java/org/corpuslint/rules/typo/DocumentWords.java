package org.corpuslint.rules.typo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.text.Token;

/**
 * The words of one document in base form, with how often each occurs in it. Each distinct word
 * gets a small id ({@link #id}), so that what is true of a word whatever its place (known,
 * checkable) is worked out once per document, not once per occurrence: an article repeats
 * about half its words.
 */
final class DocumentWords {

    private final String text;
    private final List<Token> tokens;
    private final String[] bases;
    /** Per token: the id of its base form, in order of first occurrence. */
    private final int[] ids;
    /** Per id: the word and its occurrences in this document. */
    private final String[] words;
    private final int[] counts;
    private final int distinct;
    /** Open addressing over {@link #words}: id + 1, or 0 for an empty slot. */
    private final int[] slots;
    private Map<String, Integer> countMap;
    /** Per id: the word's record in the corpus {@link WordTable}, -1 when none; null until found. */
    private int[] records;

    DocumentWords(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        int n = tokens.size();
        this.bases = new String[n];
        this.ids = new int[n];
        this.slots = new int[Integer.highestOneBit(Math.max(4, n) * 2) * 2];
        String[] seen = new String[Math.max(1, n)];
        int[] seenCounts = new int[Math.max(1, n)];
        int next = 0;
        for (int i = 0; i < n; i++) {
            String base = WordForm.base(tokens.get(i).text());
            bases[i] = base;
            int slot = slotOf(base, seen);
            int id = slots[slot] - 1;
            if (id < 0) {
                id = next++;
                seen[id] = base;
                slots[slot] = id + 1;
            }
            seenCounts[id]++;
            ids[i] = id;
        }
        this.words = seen;
        this.counts = seenCounts;
        this.distinct = next;
    }

    /** The slot holding {@code word}, or the empty slot where it would go. */
    private int slotOf(String word, String[] table) {
        int mask = slots.length - 1;
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != 0 && !table[slots[slot] - 1].equals(word)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    String base(int i) {
        return bases[i];
    }

    /** The id of {@code tokens[i]}'s base form: 0 up to {@link #distinctWords()} - 1. */
    int id(int i) {
        return ids[i];
    }

    /** How many different base forms the document holds. */
    int distinctWords() {
        return distinct;
    }

    /** The base form with id {@code id}. */
    String word(int id) {
        return words[id];
    }

    /** The distinct base forms by id: read only the first {@link #distinctWords()}. */
    String[] wordArray() {
        return words;
    }

    /** Keeps the corpus records of the distinct words (by id), found together once. */
    void keepRecords(int[] recordsById) {
        this.records = recordsById;
    }

    /** The corpus record of {@code tokens[i]}'s base form, or -1 when it has none or none was kept. */
    int record(int i) {
        return records == null ? -1 : records[ids[i]];
    }

    /** Occurrences of {@code tokens[i]}'s base form in the document. */
    int countAt(int i) {
        return counts[ids[i]];
    }

    int count(String base) {
        int id = slots[slotOf(base, words)] - 1;
        return id < 0 ? 0 : counts[id];
    }

    /** Each base form with its occurrences, in a map built on first use. */
    Map<String, Integer> counts() {
        if (countMap == null) {
            Map<String, Integer> map = new HashMap<>();
            for (int id = 0; id < distinct; id++) {
                map.put(words[id], counts[id]);
            }
            countMap = map;
        }
        return countMap;
    }

    /** The distinct base forms, in order of first occurrence. */
    List<String> words() {
        return Arrays.asList(words).subList(0, distinct);
    }

    /** The base form of the token beside {@code tokens[i]} (only spaces between), or null. */
    String neighbour(int i, int direction) {
        Token t = direction < 0 ? TokenContext.leftNeighbour(text, tokens, i)
                : TokenContext.rightNeighbour(text, tokens, i);
        return t == null ? null : bases[i + direction];
    }
}
