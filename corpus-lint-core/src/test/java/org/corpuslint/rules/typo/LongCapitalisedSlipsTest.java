package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Long capitalised words one edit from a word of English the corpus writes with a capital
 * ({@link LongCapitalisedSlips}): found for a letter struck anywhere, a month, a people's name
 * with a letter added; quiet for a vowel written for another, a shorter word, a form written
 * twice and a vowel added to a people's name (each quiet case fails without its guard).
 */
class LongCapitalisedSlipsTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    private static RuleFixture governments() {
        return EverydayCorpus.with("The Government met at noon.", "The Government said so.",
                "A government can fall.");
    }

    @Test
    void aLetterStruckFarFromItsKeyInALongWordTheCorpusCapitalises() {
        assertEquals(List.of("x.txt:1:13-1:23 warning [typo] 'Goverqment' is close to"
                        + " 'Government', a word of English the corpus writes with a capital 2"
                        + " times, its only reading one edit away"),
                findings(governments().doc("x.txt", "He said the Goverqment was late.")));
    }

    @Test
    void theSameSlipWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(governments()
                .doc("x.txt", "He said the Goverqment was late.")
                .doc("y.txt", "She said the Goverqment was early.")));
    }

    @Test
    void aVowelWrittenForAnotherStaysQuiet() {
        assertEquals(List.of(),
                findings(governments().doc("x.txt", "He said the Govornment was late.")));
    }

    @Test
    void aMonthWithALetterStruckFarFromItsKey() {
        assertEquals(List.of("x.txt:1:13-1:22 warning [typo] 'Septexber' is close to"
                        + " 'September', a word of English the corpus writes with a capital 2"
                        + " times, its only reading one edit away"),
                findings(EverydayCorpus.with("It began in September.", "By September it ended.")
                        .doc("x.txt", "They met in Septexber again.")));
    }

    @Test
    void aWordOfSevenLettersStaysQuiet() {
        assertEquals(List.of(), findings(EverydayCorpus.with("The Station was shut.",
                "The Station opened.", "A station is near.")
                .doc("x.txt", "He left the Stakion early.")));
    }

    private static RuleFixture ethiopians() {
        return EverydayCorpus.with("The Ethiopian runner won.", "An Ethiopian team came.");
    }

    @Test
    void aLetterAddedToAPeoplesName() {
        assertEquals(List.of("x.txt:1:5-1:15 warning [typo] 'Ethioprian' is close to"
                        + " 'Ethiopian', a word of English the corpus writes with a capital 2"
                        + " times, its only reading one edit away"),
                findings(ethiopians().doc("x.txt", "The Ethioprian runner won again.")));
    }

    @Test
    void aVowelAddedToAPeoplesNameStaysQuiet() {
        assertEquals(List.of(),
                findings(ethiopians().doc("x.txt", "The Ethiopiean runner won again.")));
    }
}
