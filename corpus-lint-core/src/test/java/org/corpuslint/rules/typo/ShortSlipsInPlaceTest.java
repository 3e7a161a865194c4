package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Three-letter non-words whose neighbours decide the part of speech that stands there
 * ({@link ShortSlipsInPlace}, {@link NeighbourSlot}): after a determiner a noun or adjective,
 * after a modal a verb. Where nothing beside the word decides, or the likeliest reading cannot
 * stand there, three letters stay quiet. Sentences written for these tests.
 */
class ShortSlipsInPlaceTest {

    private static RuleFixture weekly() {
        return corpus("The club will give a prize to the best player of the week. ",
                "We will meet again next week and give our view. ");
    }

    @Test
    void aLostDoubledLetterAfterADeterminerIsTheNounItSlipsFrom() {
        assertEquals(List.of("x.txt:1:20-1:23 error [typo] 'wek' is not in the dictionary; did"
                        + " you mean 'week'? | fix: replace with 'week' => 1:20-1:23 \"week\""),
                findings(weekly().doc("x.txt", "The board met last wek in Leeds.")));
    }

    @Test
    void aLostLetterAfterAModalIsTheVerbItSlipsFrom() {
        assertEquals(List.of("x.txt:1:16-1:19 error [typo] 'giv' is not in the dictionary; did"
                        + " you mean 'give'? | fix: replace with 'give' => 1:16-1:19 \"give\""),
                findings(weekly().doc("x.txt", "The mayor will giv evidence.")));
    }

    @Test
    void threeLettersWithNothingBesideThemToDecideStayQuiet() {
        // week is the likeliest reading, but a bare three-letter word may be anything.
        assertEquals(List.of(),
                findings(weekly().doc("x.txt", "They said wek was slang.")));
    }

    @Test
    void threeLettersWhoseLikeliestReadingCannotStandThereStayQuiet() {
        // After a modal stands a verb; week is a noun only.
        assertEquals(List.of(),
                findings(weekly().doc("x.txt", "The fans will wek tonight.")));
    }

    @Test
    void threeLettersEndingALineWithoutPunctuationAreACutFragment() {
        // A scraped line cut off mid-word leaves its first letters; nothing follows to read.
        assertEquals(List.of(),
                findings(weekly().doc("x.txt", "The board met last wek\n\nIn Leeds it rained.")));
    }

    @Test
    void aPossessiveIsADeterminerTooANounGoesOnAfterIt() {
        assertEquals(List.of("x.txt:1:28-1:31 error [typo] 'wek' is not in the dictionary; did"
                        + " you mean 'week'? | fix: replace with 'week' => 1:28-1:31 \"week\""),
                findings(weekly().doc("x.txt", "They read about the club's wek in Leeds.")));
    }

    @Test
    void aContractionIsNoPossessive() {
        // it's is it is: a verb, after which anything may stand.
        assertEquals(List.of(),
                findings(weekly().doc("x.txt", "They said it's wek in Leeds.")));
    }
}
