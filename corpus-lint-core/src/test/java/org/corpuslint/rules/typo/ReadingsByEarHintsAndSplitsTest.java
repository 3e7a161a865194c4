package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * How lower-case misspellings are read: a vowel put for another weighs as a neighbour's key
 * in a word the corpus uses again and again (keen, used as often as mean, is the one reading a
 * slip or a sound explains), and a short word one of whose likeliest readings is such a vowel is
 * named rather than left alone; the lower-case plural of an acronym is no slip; a misspelling
 * too far from any word to fix names the closest common words as a hint; a run-together split
 * needs a common word beside the function word.
 * Each class is pinned found and quiet on sentences written for these tests.
 */
class ReadingsByEarHintsAndSplitsTest {

    @Test
    void aVowelForAVowelInACommonWordIsAReadingOfAShortWord() {
        assertEquals(List.of("x.txt:1:8-1:12 warning [typo] 'kean' is not in the dictionary;"
                        + " did you mean 'keen'?"),
                findings(corpus("We mean what we say. ", "She is keen to play. ")
                        .doc("x.txt", "He was kean on it.")));
        // Where the corpus writes 'is keen' and 'keen to', the neighbours settle it: a fix.
        assertEquals(List.of("x.txt:1:7-1:11 error [typo] 'kean' is not in the dictionary;"
                        + " did you mean 'keen'? | fix: replace with 'keen' => 1:7-1:11"
                        + " \"keen\""),
                findings(corpus("We mean what we say. ", "She is keen to play. ")
                        .doc("x.txt", "He is kean to stay.")));
    }

    @Test
    void aVowelForAVowelInAWordTheCorpusRarelyUsesIsNotNamed() {
        // keen, used once, is no reading here; mean, common and in the article's corpus, is.
        assertEquals(List.of("x.txt:1:7-1:11 error [typo] 'kean' is not in the dictionary;"
                        + " did you mean 'mean'? | fix: replace with 'mean' => 1:7-1:11 \"mean\""),
                findings(corpus("We mean what we say. ").doc("k.txt", "She is keen to play.")
                        .doc("x.txt", "He is kean to stay.")));
    }

    @Test
    void theLowerCasePluralOfAnAcronymTheCorpusWritesIsNoSlip() {
        assertEquals(List.of(),
                findings(corpus("We sum it up. ", "Buy a SIM card. ")
                        .doc("x.txt", "Phones and sims are cheap.")));
    }

    private static RuleFixture figures() {
        return corpus("The figures rose. ", "The figure fell. ", "The fighters won. ");
    }

    @Test
    void aMisspellingTooFarToFixNamesTheClosestCommonWords() {
        assertEquals(List.of("x.txt:1:7-1:14 warning [typo] 'figuars' is not in the dictionary,"
                        + " nor a form of a word in it, and no word is close enough to fix;"
                        + " perhaps 'figures' or 'figure'?"),
                findings(figures().doc("x.txt", "These figuars are wrong.")));
    }

    @Test
    void aTechnicalWordFarFromEveryCommonWordStaysQuiet() {
        assertEquals(List.of(),
                findings(figures().doc("x.txt", "These nandrolone tests are wrong.")));
    }

    @Test
    void aSplitBesideAFragmentIsNoRunTogetherPair() {
        assertEquals(List.of("x.txt:1:13-1:18 error [typo] 'extit' is not in the dictionary; did"
                        + " you mean 'exit'? | fix: replace with 'exit' => 1:13-1:18 \"exit\""),
                findings(corpus("They made an exit. ", "The exit was shut. ")
                        .doc("x.txt", "After their extit from the cup.")));
    }

    @Test
    void aSplitBesideACommonWordIsARunTogetherPair() {
        assertEquals(List.of("x.txt:1:13-1:21 error [typo] 'thebench' is not in the dictionary;"
                        + " two words run together: 'the bench'"
                        + " | fix: replace with 'the bench' => 1:13-1:21 \"the bench\""),
                findings(corpus("They sat on the bench. ")
                        .doc("x.txt", "They sat on thebench today.")));
    }
}
