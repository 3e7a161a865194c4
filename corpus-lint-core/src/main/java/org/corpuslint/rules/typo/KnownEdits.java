package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;

/**
 * The one-edit variants of a word that a speller knows, without looking each of them up: most
 * of a word's 53 variants a letter leave the dictionary within a letter or two of the edit, and
 * all variants with the edit at one place share the letters before it. So the dictionaries'
 * automata are walked once along the word, and a variant is spelt out and looked up (with the
 * speller's own test, which decides) only when every letter of it is a path of some automaton,
 * or a path of the accept list's letters.
 *
 * <p>That path is necessary for a word of the letters a to z: the speller finds such a word
 * only by an exact match or by the word followed by the separator (its lower case is itself,
 * and no other of its tests applies), and either needs every byte of the word on a path from
 * the root, each arc before the last one not terminal. Words with other characters, and
 * dictionaries that convert their input first, take the plain way: every variant looked up.
 */
final class KnownEdits {

    private static final int LETTERS = 26;
    /** Multiplier of the polynomial hash of the accept list's prefixes. */
    private static final long HASH_BASE = 1_000_003L;

    private final List<FSA> automata;
    private final boolean walkable;
    private final LongHashSet acceptedPrefixes;

    KnownEdits(List<Dictionary> dictionaries, Collection<String> acceptedWords) {
        List<FSA> fsas = new ArrayList<>();
        boolean plainInput = true;
        for (Dictionary dictionary : dictionaries) {
            fsas.add(dictionary.fsa);
            plainInput &= dictionary.metadata.getInputConversionPairs().isEmpty();
        }
        this.automata = List.copyOf(fsas);
        this.walkable = plainInput;
        this.acceptedPrefixes = new LongHashSet(acceptedWords.size() * 8);
        for (String word : acceptedWords) {
            if (isPlain(word)) {
                long hash = 0;
                for (int i = 0; i < word.length(); i++) {
                    hash = step(hash, word.charAt(i));
                    acceptedPrefixes.add(hash);
                }
            }
        }
    }

    /**
     * The distinct variants of lower-case {@code word} one edit away (see
     * {@link EditDistance#variantsOf}) that {@code known} accepts, sorted.
     */
    List<String> of(String word, Predicate<String> known) {
        Set<String> found = new HashSet<>();
        if (!walkable || !isPlain(word) || word.isEmpty()) {
            for (String candidate : EditDistance.variantsOf(word)) {
                if (known.test(candidate)) {
                    found.add(candidate);
                }
            }
        } else {
            new Walk(word, known, found).run();
        }
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(null);
        return sorted;
    }

    static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static long step(long hash, char c) {
        long next = hash * HASH_BASE + c;
        return next == LongHashSet.EMPTY ? next + 1 : next;
    }

    /** The variants of one word, walked along each automaton. */
    private final class Walk {
        private final char[] letters;
        private final int n;
        private final Predicate<String> known;
        private final Set<String> found;
        /** Per automaton and i: the node after the word's first i letters, 0 when none. */
        private final int[][] prefixNodes;
        /** Per i: the hash of the word's first i letters, and whether an accepted word starts so. */
        private final long[] prefixHashes;
        private final boolean[] acceptedPrefix;
        /** The variant being tried: the changed letters, then the word's letters from {@code rest}. */
        private final char[] changed = new char[2];
        private int changedCount;
        private int rest;

        Walk(String word, Predicate<String> known, Set<String> found) {
            this.letters = word.toCharArray();
            this.n = letters.length;
            this.known = known;
            this.found = found;
            this.prefixNodes = new int[automata.size()][n + 1];
            for (int a = 0; a < automata.size(); a++) {
                FSA fsa = automata.get(a);
                int[] nodes = prefixNodes[a];
                nodes[0] = fsa.getRootNode();
                for (int i = 0; i < n; i++) {
                    nodes[i + 1] = nodes[i] == 0 ? 0 : inner(fsa, nodes[i], letters[i]);
                }
            }
            this.prefixHashes = new long[n + 1];
            this.acceptedPrefix = new boolean[n + 1];
            acceptedPrefix[0] = true;
            for (int i = 0; i < n; i++) {
                prefixHashes[i + 1] = step(prefixHashes[i], letters[i]);
                acceptedPrefix[i + 1] = acceptedPrefix[i]
                        && acceptedPrefixes.contains(prefixHashes[i + 1]);
            }
        }

        /** The same variants as {@link EditDistance#variantsOf}, in another order. */
        void run() {
            // The last letter deleted: no letter after the prefix to walk; the speller decides.
            test(new String(letters, 0, n - 1));
            for (int i = 0; i + 1 < n; i++) {
                tryVariant(i, letters[i + 1], -1, i + 2); // letter i deleted
                tryVariant(i, letters[i + 1], letters[i], i + 2); // letters i and i + 1 swapped
            }
            for (int i = 0; i < n; i++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    if (c != letters[i]) {
                        tryVariant(i, c, -1, i + 1); // letter i replaced
                    }
                }
            }
            for (int i = 0; i <= n; i++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    tryVariant(i, c, -1, i); // a letter inserted before letter i
                }
            }
        }

        /**
         * The variant: the word's first {@code i} letters, {@code c}, {@code d} unless it is -1,
         * then the word's letters from {@code from}.
         */
        private void tryVariant(int i, char c, int d, int from) {
            changed[0] = c;
            changedCount = 1;
            if (d >= 0) {
                changed[1] = (char) d;
                changedCount = 2;
            }
            rest = from;
            if (mayBeKnown(i)) {
                char[] spelt = new char[i + changedCount + n - rest];
                System.arraycopy(letters, 0, spelt, 0, i);
                System.arraycopy(changed, 0, spelt, i, changedCount);
                System.arraycopy(letters, rest, spelt, i + changedCount, n - rest);
                test(new String(spelt));
            }
        }

        private char letterAfterPrefix(int k) {
            return k < changedCount ? changed[k] : letters[rest + k - changedCount];
        }

        /** False when no automaton and no accepted word has the current variant as a path. */
        private boolean mayBeKnown(int i) {
            int length = changedCount + n - rest;
            for (int a = 0; a < automata.size(); a++) {
                int node = prefixNodes[a][i];
                if (node != 0 && onPath(automata.get(a), node, length)) {
                    return true;
                }
            }
            if (!acceptedPrefix[i]) {
                return false;
            }
            long hash = prefixHashes[i];
            for (int k = 0; k < length; k++) {
                hash = step(hash, letterAfterPrefix(k));
                if (!acceptedPrefixes.contains(hash)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the variant's letters after the prefix lead on from {@code node} (FSATraversal's rules). */
        private boolean onPath(FSA fsa, int node, int length) {
            int current = node;
            for (int k = 0; k < length; k++) {
                int arc = fsa.getArc(current, (byte) letterAfterPrefix(k));
                if (arc == 0) {
                    return false;
                }
                if (k == length - 1) {
                    return true;
                }
                if (fsa.isArcTerminal(arc)) {
                    return false;
                }
                current = fsa.getEndNode(arc);
            }
            return true;
        }

        private void test(String candidate) {
            if (!found.contains(candidate) && known.test(candidate)) {
                found.add(candidate);
            }
        }
    }

    /** The next node after a letter that is not the word's last: none at a terminal arc. */
    private static int inner(FSA fsa, int node, char letter) {
        int arc = fsa.getArc(node, (byte) letter);
        return arc == 0 || fsa.isArcTerminal(arc) ? 0 : fsa.getEndNode(arc);
    }

    /** An open-addressing set of {@code long}s (never {@code Long.MIN_VALUE}), for the accept list's prefix hashes. */
    private static final class LongHashSet {
        private static final long EMPTY = Long.MIN_VALUE;
        private final long[] slots;
        private final int mask;

        LongHashSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            slots = new long[capacity];
            java.util.Arrays.fill(slots, EMPTY);
            mask = capacity - 1;
        }

        void add(long value) {
            int slot = index(value);
            while (slots[slot] != EMPTY && slots[slot] != value) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = value;
        }

        boolean contains(long value) {
            int slot = index(value);
            while (slots[slot] != EMPTY) {
                if (slots[slot] == value) {
                    return true;
                }
                slot = (slot + 1) & mask;
            }
            return false;
        }

        private int index(long value) {
            long mixed = value * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 40) & mask;
        }
    }
}
