package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The walk along the dictionaries finds exactly the variants that looking each one up finds. */
class KnownEditsTest {

    private static final EnglishSpeller SPELLER =
            EnglishSpeller.forVariants(List.of("en-US", "en-GB"));

    @Test
    void sameVariantsAsLookingEachUp() {
        List<String> words = new ArrayList<>(List.of("recieve", "teh", "goverment", "beng",
                "tham", "hom", "wnat", "acommodate", "thier", "sieze", "becuase", "alot",
                "definately", "occured", "untill", "wich", "a", "i", "ab", "xq", "zzzz",
                "aaaaaaa", "colour", "color", "organisation", "organization", "realise", "ok",
                "internationalisation", "pyjamas", "aluminium", "whiskey", "hasnt", "dont"));
        // Words of other characters take the plain way; they must agree as well.
        words.addAll(List.of("don't", "café", "naïve", "re-elect", "o'clock", "x1y", "Mr",
                "ü"));
        Random random = new Random(20261203L);
        for (int k = 0; k < 300; k++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                s.append((char) ('a' + random.nextInt(26)));
            }
            words.add(s.toString());
        }
        int nonEmpty = 0;
        for (String word : words) {
            List<String> expected = SPELLER.knownEditsLookingUpEach(word);
            assertEquals(expected, SPELLER.knownEditsOf(word), word);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 100, "the words must have known variants to compare: " + nonEmpty);
    }

    @Test
    void findsVariantsOnTheAcceptListOnly() {
        // A word the accept lists know but no dictionary does is found through the list's letters.
        KnownEdits edits = new KnownEdits(List.of(), List.of("zorbl", "zorblax"));
        assertEquals(List.of("zorbl"), edits.of("zorb", w -> w.equals("zorbl")));
        assertEquals(List.of("zorbl"), edits.of("zorbll", w -> w.equals("zorbl")));
        assertEquals(List.of(), edits.of("zorbax", w -> w.equals("zorbl")));
        assertEquals(List.of("zorblax"), edits.of("zorblx", w -> w.equals("zorblax")));
    }
}
