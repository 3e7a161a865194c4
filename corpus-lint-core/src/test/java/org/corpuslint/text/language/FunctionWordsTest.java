package org.corpuslint.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpuslint.text.WordTokenizer;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private static final Set<String> WORDS = Set.of("the", "it", "should", "which", "we");

    @Test
    void looksUpAsLowerCasingTheTokenWould() {
        FunctionWords.WordSet set = new FunctionWords.WordSet(WORDS);
        for (String token : List.of("the", "The", "THE", "tHe", "it", "It", "IT", "İt", "ıt",
                "should", "Should", "shoulder", "Which", "whICH", "wE", "w", "t", "th", "thé",
                "Thé", "ＴＨＥ", "", "it's", "the1", "\u212Ait", "whic", "We\u0301", "Tha", "xyz",
                "@he", "[he", "`he", "{he", "0f", "Sh0uld", "\u212A")) {
            assertEquals(WORDS.contains(token.toLowerCase(Locale.ROOT)),
                    set.containsIgnoringCase(token), token);
        }
    }

    @Test
    void aFifthAndAtLeastThreeOfTheWords() {
        String english = "Officials said the Harbour Board had agreed that the ferry fares "
                + "would rise";
        String german = "Die Behörden sagten, dass die Fährpreise steigen würden";
        String fewWords = "The ferry and the pier";
        assertTrue(plainly(english));
        assertFalse(plainly(german));
        assertTrue(plainly(fewWords), "four of five words listed");
        assertFalse(plainly("The Ferry Company Board Chairman Expects Prices Rise Across Regions"
                + " Of Norway"), "two of twelve");
        assertFalse(FunctionWords.plainlyIn("xx", WordTokenizer.tokenize(english), 0, 5),
                "no list for the language");
    }

    private static boolean plainly(String text) {
        var words = WordTokenizer.tokenize("x " + text);
        return FunctionWords.plainlyIn("en", words, 1, words.size());
    }
}
