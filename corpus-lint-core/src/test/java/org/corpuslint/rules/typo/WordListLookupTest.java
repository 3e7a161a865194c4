package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word list finds a word in any capitalisation exactly as lower-casing a copy of it would. */
class WordListLookupTest {

    private static final WordList LIST = WordList.parse("""
            # lower-case entries match any capitalisation
            gazpacho
            crème
            straße
            # entries with capitals match only as written
            iPhone
            Tallinn
            Kraków
            """);

    @Test
    void lowerCaseEntriesMatchAnyCapitalisation() {
        assertTrue(LIST.contains("gazpacho"));
        assertTrue(LIST.contains("Gazpacho"));
        assertTrue(LIST.contains("GAZPACHO"));
        assertTrue(LIST.contains("CRÈME"));
        assertTrue(LIST.contains("Straße"));
        assertFalse(LIST.contains("gazpach"));
        assertFalse(LIST.contains("gazpachos"));
        assertTrue(LIST.contains("Tallinn"));
        assertFalse(LIST.contains("tallinn"));
        assertTrue(LIST.contains("Kraków"));
    }

    @Test
    void sameAnswersAsLowerCasingACopy() {
        Set<String> lowerCase = Set.of("gazpacho", "crème", "straße");
        for (String word : List.of("gazpacho", "GazPacho", "iPhone", "IPHONE", "iphone", "Crème",
                "CRÈME", "creme", "STRASSE", "Straße", "ǅemal", "İstanbul", "Tallinn", "")) {
            boolean plain = Set.of("Tallinn", "Kraków", "iPhone").contains(word)
                    || lowerCase.contains(word.toLowerCase(Locale.ROOT));
            assertEquals(plain, LIST.contains(word), word);
        }
    }
}
