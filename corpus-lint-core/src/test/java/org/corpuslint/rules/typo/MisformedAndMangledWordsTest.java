package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Lower-case misspellings that read as formations or lie past a one-edit suggestion: a regular
 * suffix on a word whose own form there is another ({@link FalseForms}), a formation from a rare
 * word one slip from a common one ({@link RareStems}), a common word mangled two edits deep
 * ({@link MangledWords}) and a doubled pair of letters that opens with a vowel. Each class is
 * pinned found, and the real words beside it quiet, on sentences written for these tests.
 */
class MisformedAndMangledWordsTest {

    private static RuleFixture everyday() {
        return corpus("The match was played on a wet day. ", "Our team has gone away again. ",
                "Prices influenced the vote. ");
    }

    @Test
    void aRegularSuffixOnAWordThatFillsTheSlotItselfIsASlipForIt() {
        assertEquals(List.of("x.txt:1:11-1:18 error [typo] 'knowned' is not in the dictionary,"
                        + " nor a regular form; did you mean 'known'?"
                        + " | fix: replace with 'known' => 1:11-1:18 \"known\""),
                findings(everyday().doc("x.txt", "The band, knowned for loud songs, split.")));
    }

    @Test
    void aDerivationSuffixWhereTheLemmaMakesItsSuperlativeIsASlipForIt() {
        assertEquals(List.of("x.txt:1:19-1:25 error [typo] 'finist' is not in the dictionary,"
                        + " nor a regular form; did you mean 'finest'?"
                        + " | fix: replace with 'finest' => 1:19-1:25 \"finest\""),
                findings(everyday().doc("x.txt", "She is one of the finist players here.")));
    }

    @Test
    void aSuffixEnglishWouldNotSpellSoIsNoFalseForm() {
        // lates is no lat + es (a plural -es follows a hissing sound): lats is not meant.
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "We read the lates report.")));
    }

    @Test
    void aDoubledFinalConsonantIsASpellingVariantNotAFalseForm() {
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "The ads are targetting young readers.")));
    }

    @Test
    void aStemTheTaggerReadsAsAnotherFormSaysNothingOfThePlural() {
        // fosterer is tagged as a comparative of foster: no plural of foster is meant.
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "The fosterers met on Monday.")));
    }

    @Test
    void aFormationFromARareWordOneSlipFromACommonWordIsThatWord() {
        assertEquals(List.of("x.txt:1:12-1:22 error [typo] 'influented' is not in the"
                        + " dictionary; did you mean 'influenced'?"
                        + " | fix: replace with 'influenced' => 1:12-1:22 \"influenced\""),
                findings(everyday().doc("x.txt", "Rates have influented the market.")));
    }

    @Test
    void aFormationFromARareWordStaysQuietWhereTheCorpusNeverWritesTheCommonWord() {
        // influent is a word of water works; a corpus that never writes influenced may mean it.
        assertEquals(List.of(),
                findings(corpus("The match was played on a wet day. ")
                        .doc("x.txt", "The tanks were influented at night.")));
    }

    @Test
    void aCommonWordMangledTwoEditsDeepIsAWarningNamingIt() {
        assertEquals(List.of("x.txt:1:12-1:22 warning [typo] 'contunious' is not in the"
                        + " dictionary, nor a form of a word in it, and no word is close enough to"
                        + " fix; perhaps 'continuous'?"),
                findings(everyday().doc("x.txt", "There is a contunious hum from the mast.")));
    }

    @Test
    void aTechnicalWordNearOnlyRareWordsStaysQuiet() {
        // biocide and biocides are two edits away, but no frequent word is.
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "The paint has a biocidal coating.")));
    }

    @Test
    void aFrequentWordWithLettersAddedAtTheEndIsNoMangling() {
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "You can find us on linkedin now.")));
    }

    @Test
    void aForeignWordNearAFrequentWordOfAnotherStartStaysQuiet() {
        assertEquals(List.of(),
                // sentences is two edits away and frequent, but starts otherwise.
                findings(everyday().doc("x.txt", "She shrugged, said entonces and left.")));
    }

    @Test
    void aClippedWordWithItsOwnEndingIsNoMangling() {
        // refurb begins refurbish; refers and returns are two edits from refurbs.
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "Both flats need refurbs this year.")));
    }

    @Test
    void aDoubledPairOpeningWithAVowelIsASlip() {
        assertEquals(List.of("x.txt:1:13-1:17 error [typo] 'ayay' is not in the dictionary;"
                        + " did you mean 'away'? | fix: replace with 'away' => 1:13-1:17 \"away\""),
                findings(everyday().doc("x.txt", "They walked ayay from the game.")));
    }

    @Test
    void laughterOpeningWithAConsonantStaysQuiet() {
        assertEquals(List.of(),
                findings(everyday().doc("x.txt", "He wrote hoho at the end.")));
    }
}
