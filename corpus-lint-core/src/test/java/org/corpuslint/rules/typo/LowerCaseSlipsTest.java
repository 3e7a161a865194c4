package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Lower-case slips that need more than one look-up: letters out of order, three-letter words,
 * words cut short that look like stems, a letter struck three times; and the slang, brands and
 * scraping debris that must stay quiet. Fixtures written for these tests.
 */
class LowerCaseSlipsTest {

    private static List<String> findings(String text) {
        return RuleFixture.corpus().doc("a.txt", EverydayCorpus.EVERYDAY).doc("x.txt", text)
                .findings(TypoRule::new);
    }

    @Test
    void lettersOfACommonWordInAnotherOrderAreASlipForIt() {
        assertEquals(List.of("x.txt:1:4-1:8 error [typo] 'tath' is not in the dictionary; did you"
                        + " mean 'that'? | fix: replace with 'that' => 1:4-1:8 \"that\""),
                findings("We tath it rained."));
    }

    @Test
    void threeLetterWordIsASlipWhenALetterOfAnEverydayWordIsLost() {
        assertEquals(List.of("x.txt:1:6-1:9 error [typo] 'hve' is not in the dictionary; did you"
                        + " mean 'have'? | fix: replace with 'have' => 1:6-1:9 \"have\""),
                findings("They hve gone."));
    }

    /** The written a hundred times, them a few. */
    private static RuleFixture parkCorpus() {
        return RepeatedSentences.corpus("The man saw the dog in the park by the lake at the end"
                + " of the day. ").doc("b.txt", "We told them. We met them. We saw them.");
    }

    @Test
    void aDeterminerCannotStandBeforeToThePronounDoes() {
        // thme: the (a letter added) or them (two swapped); "the to" is no English.
        assertEquals(List.of("x.txt:1:16-1:20 error [typo] 'thme' is not in the dictionary; did"
                        + " you mean 'them'? | fix: replace with 'them' => 1:16-1:20 \"them\""),
                RepeatedSentences.findings(parkCorpus()
                        .doc("x.txt", "People said we thme to go home.")));
    }

    @Test
    void beforeANounTheDeterminerStaysAReading() {
        // Before a noun both readings stand: too short to choose between them.
        assertEquals(List.of("x.txt:1:9-1:13 warning [typo] 'thme' is not in the dictionary,"
                        + " and too short to tell which word was meant; perhaps 'the' or"
                        + " 'them'?"),
                RepeatedSentences.findings(parkCorpus()
                        .doc("x.txt", "We said thme rain will stop.")));
    }

    @Test
    void aPastFormHeadsNoCompoundAVowelHeardWrongIsASlip() {
        // dived + end is no compound (a verb fuses by its stem); dividend with an e for its i.
        assertEquals(List.of("x.txt:1:13-1:21 error [typo] 'divedend' is not in the dictionary;"
                        + " did you mean 'dividend'? | fix: replace with 'dividend' =>"
                        + " 1:13-1:21 \"dividend\""),
                findings("They halved divedend payments."));
    }

    @Test
    void anAdjectiveInEdStillHeadsACompound() {
        assertEquals(List.of(), findings("They went to the usedcar market."));
    }

    @Test
    void wordCutShortIsNoStemOfAnInflection() {
        // peopl + es is peoples, but peopl is people cut short; just takes no plural -s.
        assertEquals(List.of(
                "x.txt:1:5-1:10 error [typo] 'peopl' is not in the dictionary; did you mean"
                        + " 'people'? | fix: replace with 'people' => 1:5-1:10 \"people\"",
                "x.txt:1:24-1:29 error [typo] 'justs' is not in the dictionary; did you mean"
                        + " 'just'? | fix: replace with 'just' => 1:24-1:29 \"just\""),
                findings("The peopl left. It was justs a game."));
    }

    @Test
    void letterStruckThreeTimesIsASlipNotEmphasis() {
        assertEquals(List.of("x.txt:1:4-1:8 error [typo] 'wlll' is not in the dictionary; did"
                        + " you mean 'will'? | fix: replace with 'will' => 1:4-1:8 \"will\""),
                findings("It wlll rain."));
    }

    @Test
    void prefixReadingLosesToACommonWordOneSlipAway() {
        // re + toric is a formation, but rhetoric with its h lost is far likelier.
        assertEquals(List.of("x.txt:1:5-1:12 error [typo] 'retoric' is not in the dictionary; did"
                        + " you mean 'rhetoric'? | fix: replace with 'rhetoric' => 1:5-1:12"
                        + " \"rhetoric\""),
                findings("The retoric was loud. Rhetoric matters."));
    }

    @Test
    void slangInQuotesBrandsAndWordsCutByAnHtmlEntityStayQuiet() {
        assertEquals(List.of(), findings(
                "He tried to 'frag' a rival on the iCan service; a risqu&#233; idea, lovin' it."));
    }
}
