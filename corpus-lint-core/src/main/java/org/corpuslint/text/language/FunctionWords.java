package org.corpuslint.text.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpuslint.text.Token;

/**
 * A quick answer before the identifier: a paragraph in which at least a fifth of the words
 * (and at least three) are among the commonest function words of the corpus language is in that
 * language, and the identifier (about half a millisecond a paragraph) need not be asked. Other
 * languages' paragraphs stay far below that share; on news-dev 93% of the paragraphs are
 * answered this way. Only languages with a list here get the shortcut; for the others every
 * paragraph goes to the identifier. The words are chosen to be rare in the other languages
 * written in Latin letters: no {@code a}, {@code in}, {@code is}, {@code on}.
 */
final class FunctionWords {

    private static final Map<String, WordSet> WORDS = Map.of("en", new WordSet(Set.of("the",
            "of", "and", "to", "that", "for", "with", "was", "were", "this", "which", "from",
            "have", "has", "had", "been", "would", "will", "said", "his", "her", "their", "they",
            "it", "its", "be", "are", "not", "but", "by", "at", "as", "or", "who", "he", "she",
            "we", "there", "than", "more", "about", "after", "also", "when", "into", "could",
            "over", "should", "can", "our", "you", "what", "all", "one", "new")));

    private static final double SHARE = 0.2;
    private static final int AT_LEAST = 3;

    private FunctionWords() {}

    /** Whether a paragraph's words, {@code words[from, to)}, show plainly its {@code language}. */
    static boolean plainlyIn(String language, List<Token> words, int from, int to) {
        WordSet set = WORDS.get(language);
        if (set == null || from >= to) {
            return false;
        }
        int hits = 0;
        for (int i = from; i < to; i++) {
            if (set.containsIgnoringCase(words.get(i).text())) {
                hits++;
            }
        }
        return hits >= AT_LEAST && hits >= SHARE * (to - from);
    }

    /**
     * Lower-case ASCII words, each packed into a number (its length, then a byte a letter), in
     * a small open-addressing table: a token is looked up case-insensitively without making a
     * lower-case copy and hashing it (every word of every paragraph comes here). Most tokens
     * are turned away before that by their length and first letter.
     */
    static final class WordSet {

        private final Set<String> words;
        private final long[] slots = new long[256];
        private final int longest;
        /** Per length, a bit for each letter a to z that begins a word of that length. */
        private final int[] firstLetters;

        WordSet(Set<String> words) {
            this.words = words;
            this.longest = words.stream().mapToInt(String::length).max().orElse(0);
            this.firstLetters = new int[longest + 1];
            for (String word : words) {
                long key = packed(word);
                if (key <= 0 || longest > 7 || !word.equals(word.toLowerCase(Locale.ROOT))
                        || word.charAt(0) < 'a' || word.charAt(0) > 'z') {
                    throw new IllegalArgumentException("not a short lower-case ASCII word: " + word);
                }
                int slot = slot(key);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = key;
                firstLetters[word.length()] |= 1 << (word.charAt(0) - 'a');
            }
        }

        /** Whether {@code token} lower-cased ({@link Locale#ROOT}) is one of the words. */
        boolean containsIgnoringCase(String token) {
            int length = token.length();
            if (length > longest || length == 0) {
                return false; // lower-casing never shortens a string
            }
            char first = token.charAt(0);
            if (first < 0x80) { // ASCII: only A-Z change, into a-z
                int letter = (first | 0x20) - 'a';
                if (letter < 0 || letter >= 26 || (firstLetters[length] & 1 << letter) == 0) {
                    return false;
                }
            }
            long key = packed(token);
            if (key < 0) { // a letter outside ASCII might lower-case into it (the Kelvin sign)
                return words.contains(token.toLowerCase(Locale.ROOT));
            }
            for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
                if (slots[slot] == key) {
                    return true;
                }
            }
            return false;
        }

        /** The token's length and its characters, A-Z lower-cased; -1 if one is not ASCII. */
        private static long packed(String token) {
            long key = token.length();
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c >= 0x80) {
                    return -1;
                }
                key = key << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return key;
        }

        private static int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 56);
        }
    }
}
