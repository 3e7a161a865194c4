package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The two-edit search kept to a word's start finds exactly the words of the whole search that
 * begin with that start, with the same frequencies.
 */
class WordsWithinTwoEditsTest {

    private static final EnglishSpeller SPELLER =
            EnglishSpeller.forVariants(List.of("en-US", "en-GB"));

    @Test
    void keptToTheStartFindsWhatTheWholeSearchFindsThere() {
        // Slips of everyday words, words the dictionaries' replacement pairs rewrite (ph for f,
        // ough for uff), short and long ones, and words of other characters (searched whole).
        List<String> words = new ArrayList<>(List.of("contunious", "sedualed", "figuars",
                "accros", "absouldly", "enuff", "fotografer", "telefone", "nite", "throughh",
                "gouvernment", "wether", "happend", "beleive", "tommorow", "exagerate", "knowlege",
                "ab", "abc", "zq", "xylofone", "colourr", "organisashun", "stationery", "pch",
                "naïve", "éclair", "café", "don't"));
        Random random = new Random(20261203L);
        String[] common = {"government", "question", "minister", "national", "president",
                "business", "different", "important", "football", "election", "children",
                "economic", "company", "support", "council", "between", "through", "weather"};
        for (int k = 0; k < 25; k++) {
            StringBuilder s = new StringBuilder(common[random.nextInt(common.length)]);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = 2 + random.nextInt(s.length() - 2);
                char letter = (char) ('a' + random.nextInt(26));
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, letter);
                    case 1 -> s.insert(at, letter);
                    default -> s.deleteCharAt(at);
                }
            }
            words.add(s.toString());
        }
        for (int k = 0; k < 8; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = 3 + random.nextInt(6); i > 0; i--) {
                s.append((char) ('a' + random.nextInt(26)));
            }
            words.add(s.toString());
        }
        int found = 0;
        for (String word : words) {
            Map<String, Integer> whole = SPELLER.wordsWithinTwoEdits(word);
            for (int shared = 1; shared <= 2; shared++) {
                Map<String, Integer> expected = new TreeMap<>();
                for (Map.Entry<String, Integer> e : whole.entrySet()) {
                    if (e.getKey().regionMatches(0, word, 0, shared)) {
                        expected.put(e.getKey(), e.getValue());
                    }
                }
                assertEquals(expected, SPELLER.wordsWithinTwoEdits(word, shared),
                        word + ", " + shared);
                found += expected.size();
            }
        }
        assertTrue(found > 300, "the words must have near words to compare: " + found);
    }
}
