package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A common word mangled past the reach of a one-edit suggestion ({@code contunious},
 * {@code sedualed}): at most two edits from a frequent dictionary word that begins with the same
 * two letters. A real word the dictionary lacks (a technical term such as {@code biocidal}, a
 * foreign word such as {@code maloti}, a coinage such as {@code blogzine}) is rarely that close
 * to a frequent word with the same start, a frequent word with letters added at the end
 * ({@code linked} + {@code in}) is a name or a compound, and a word that begins a longer
 * dictionary word ({@code surveil}, {@code refurbs}) is that word clipped: none is a slip.
 */
final class MangledWords {

    private static final int SHARED_START = 2;
    private static final int HINTS = 2;
    private static final List<String> ENDINGS = List.of("s", "es", "ed", "d", "ing", "er", "ers");
    /** A shorter stem begins too many words to tell anything. */
    private static final int MIN_CLIPPING = 5;

    private MangledWords() {}

    /**
     * {@code surveil}, {@code refurbs}: the word, or its stem before a regular ending, begins a
     * longer dictionary word; it is that word cut short (a clipping or a back-formation, with
     * its own endings), which writers do on purpose, not a slip.
     */
    private static boolean clipped(String word, Lexicon lexicon) {
        if (lexicon.beginsDictionaryWord(word)) {
            return true;
        }
        for (String ending : ENDINGS) {
            int stem = word.length() - ending.length();
            if (stem >= MIN_CLIPPING && word.endsWith(ending)
                    && lexicon.beginsDictionaryWord(word.substring(0, stem))) {
                return true;
            }
        }
        return false;
    }

    /** The frequent dictionary words {@code word} reads as a mangling of, commonest first, at most two. */
    static List<String> frequentWordsNear(String word, Lexicon lexicon, TypoThresholds t) {
        if (word.length() < SHARED_START || clipped(word, lexicon)) {
            return List.of();
        }
        List<Map.Entry<String, Integer>> near = new ArrayList<>();
        for (Map.Entry<String, Integer> e : lexicon.dictionaryWordsWithinTwoEdits(word, SHARED_START)
                .entrySet()) {
            String other = e.getKey();
            if (e.getValue() >= t.mangledWordFrequency()
                    && other.regionMatches(0, word, 0, SHARED_START)
                    && !word.startsWith(other) && !lexicon.isRejected(other)) {
                near.add(e);
            }
        }
        near.sort(MOST_FREQUENT_FIRST);
        // A loop, not a stream: this runs for every long unknown word with no suggestion.
        List<String> hints = new ArrayList<>(HINTS);
        for (int k = 0; k < near.size() && k < HINTS; k++) {
            hints.add(near.get(k).getKey());
        }
        return List.copyOf(hints);
    }

    /** Highest frequency class first, ties by spelling; made once per JVM. */
    private static final Comparator<Map.Entry<String, Integer>> MOST_FREQUENT_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey());
}
