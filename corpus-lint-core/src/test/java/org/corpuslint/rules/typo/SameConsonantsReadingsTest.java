package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A word misspelt by ear keeps its consonants and where its vowels stand: the common word of
 * the corpus with them is meant over rare words one slip away, unless the slip keeps every
 * letter, its reading is used in the article, or several common words sound alike. Sentences
 * written for these tests.
 */
class SameConsonantsReadingsTest {

    private static RuleFixture talks() {
        return corpus("They met again at noon. ", "We will try again soon. ");
    }

    @Test
    void rareWordsOneSlipAwayGiveWayToTheCommonWordWithTheSameConsonants() {
        // agile and aging are one key away but unused; again has g and n with vowels between.
        assertEquals(List.of("x.txt:1:10-1:15 warning [typo] 'agine' is not in the dictionary;"
                        + " did you mean 'again'? (the same consonants, a common word of the"
                        + " corpus)"),
                findings(talks().doc("x.txt", "She rang agine at five.")));
    }

    @Test
    void theSlipsReadingUsedInTheArticleStays() {
        assertEquals(List.of("x.txt:1:33-1:38 error [typo] 'agine' is not in the dictionary;"
                        + " did you mean 'agile'? ('agile' is used once in this document)"
                        + " | fix: replace with 'agile' => 1:33-1:38 \"agile\""),
                findings(talks().doc("x.txt", "The agile boy ran off. She rang agine at five.")));
    }

    @Test
    void vowelsWhereTheWordHasNoneAreAnotherWord() {
        // rerely has a vowel between its two r's; really, used far more, has none: rarely.
        assertEquals(List.of("x.txt:1:7-1:13 error [typo] 'rerely' is not in the dictionary;"
                        + " did you mean 'rarely'? | fix: replace with 'rarely' => 1:7-1:13"
                        + " \"rarely\""), findings(corpus("We really like it. ", "They really do. ",
                "It really is. ").doc("x.txt", "He is rerely at home.")));
    }

    @Test
    void aKeyStruckTwiceKeepsItsReading() {
        // sitt is sit with t struck twice; set, commoner, has the same consonants.
        assertEquals(List.of("x.txt:1:11-1:15 error [typo] 'sitt' is not in the dictionary; did you"
                        + " mean 'sit'? | fix: replace with 'sit' => 1:11-1:15 \"sit\""),
                findings(corpus("They set it up. ", "We set off. ",
                "It was set. ", "The sun set. ").doc("x.txt", "They will sitt down.")));
    }

    @Test
    void twoCommonWordsWithTheSameConsonantsDecideNothing() {
        // later and latter: l, t and r with vowels between; the first is not used five times
        // as often, so both are only named as a hint.
        assertEquals(List.of("x.txt:1:15-1:21 warning [typo] 'lataur' is not in the dictionary,"
                        + " nor a form of a word in it, and no word is close enough to fix;"
                        + " perhaps 'latter' or 'later'?"), findings(corpus("We left later. ", "They came later. ",
                "The latter won. ").doc("x.txt", "She will call lataur today.")));
    }

    private static RuleFixture reputations() {
        return corpus("He is reputed to win. ", "It is reputed. ", "She is reputed rich. ");
    }

    @Test
    void formationOneVowelFromACommonWordOfTheCorpusIsASlip() {
        // re- and pouted, or reputed with an o heard: the corpus uses reputed.
        assertEquals(List.of("x.txt:1:7-1:15 error [typo] 'repouted' is not in the dictionary;"
                        + " did you mean 'reputed'? | fix: replace with 'reputed' => 1:7-1:15"
                        + " \"reputed\""),
                findings(reputations().doc("x.txt", "He is repouted to be rich.")));
    }

    @Test
    void formationOneVowelFromAWordTheCorpusDoesNotUseStaysAFormation() {
        assertEquals(List.of(), findings(corpus("He is known to win. ")
                .doc("x.txt", "He is repouted to be rich.")));
    }
}
