package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All lexicon phrases compiled into one word-level trie, so a line is matched against every
 * phrase in one pass over its words (a walk of at most the longest phrase from each word)
 * instead of one regular expression per phrase.
 */
final class PhraseMatcher {

    private static final String ANY = "*";

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Phrase> ends = new ArrayList<>(1);
        /** {@code next.get(ANY)}, looked up once: the walk asks at every node it visits. */
        Node any;
    }

    private final Node root = new Node();
    private int size;
    /**
     * The first words of the phrases, by a bit per hash code: most words of a line open no
     * phrase, and testing a bit in this small table is cheaper than missing in the root's map.
     */
    private final long[] firstWordHashes = new long[FIRST_WORD_BITS / 64];
    private static final int FIRST_WORD_BITS = 1 << 15;

    PhraseMatcher(List<Phrase> phrases) {
        for (Phrase phrase : phrases) {
            Node node = root;
            for (String word : phrase.words()) {
                node = node.next.computeIfAbsent(word, k -> new Node());
            }
            node.ends.add(phrase);
            size++;
        }
        linkWildcards(root);
        for (String first : root.next.keySet()) {
            int bit = firstWordBit(first);
            firstWordHashes[bit >>> 6] |= 1L << bit;
        }
    }

    private static int firstWordBit(String word) {
        return word.hashCode() & (FIRST_WORD_BITS - 1);
    }

    /** Whether {@code word} may open a phrase (no when its bit is clear). */
    private boolean mayOpenPhrase(String word) {
        int bit = firstWordBit(word);
        return (firstWordHashes[bit >>> 6] & 1L << bit) != 0;
    }

    private static void linkWildcards(Node node) {
        node.any = node.next.get(ANY);
        node.next.values().forEach(PhraseMatcher::linkWildcards);
    }

    int size() {
        return size;
    }

    /** A phrase found in a line, over words {@code start} (inclusive) to {@code end}. */
    record Match(Phrase phrase, int start, int end) {

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    /** Every phrase that matches {@code words}, respecting anchors, in order of start word. */
    List<Match> matches(List<String> words) {
        List<Match> found = new ArrayList<>(2);
        int n = words.size();
        for (int start = 0; start < n; start++) {
            if (root.any != null || !root.ends.isEmpty() || mayOpenPhrase(words.get(start))) {
                walk(root, words, start, start, found);
            }
        }
        return found;
    }

    private static void walk(Node node, List<String> words, int start, int at, List<Match> found) {
        if (!node.ends.isEmpty()) {
            for (Phrase phrase : node.ends) {
                if (anchored(phrase, words, start, at)) {
                    found.add(new Match(phrase, start, at));
                }
            }
        }
        if (at == words.size() || node.next.isEmpty()) {
            return;
        }
        Node exact = node.next.get(words.get(at));
        if (exact != null) {
            walk(exact, words, start, at + 1, found);
        }
        if (node.any != null) {
            walk(node.any, words, start, at + 1, found);
        }
    }

    private static boolean anchored(Phrase phrase, List<String> words, int start, int end) {
        return switch (phrase.anchor()) {
            case ANYWHERE -> true;
            case START -> start == 0;
            case WHOLE_LINE -> onlyNumbers(words, 0, start) && onlyNumbers(words, end, words.size());
        };
    }

    private static boolean onlyNumbers(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            for (int c = 0; c < w.length(); c++) {
                if (!Character.isDigit(w.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }
}
