package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Long lower-case words written once, too far from every word by their letters for a slip:
 * read with two letters exchanged ({@link ExchangedLetters}), by their consonant sounds
 * ({@link ConsonantSounds}) or with their first letter restored ({@link FirstLetterLost}).
 * Sentences written for these tests.
 */
class FarFromItsLettersTest {

    /** Immediately and article written, but too rarely to be common words of the corpus. */
    private static RuleFixture plainNews() {
        return corpus("The council met on Monday to agree the budget. ",
                "Officials were determined to finish the work. ")
                .doc("a.txt", "She said the article would be published immediately.");
    }

    @Test
    void vowelsGuessedWhereEveryConsonantWasHeardReadAsTheWordMeant() {
        // immidatly: three edits from immediately, its consonants m d t l all there
        assertEquals(List.of("x.txt:1:18-1:27 warning [typo] 'immidatly' is not in the"
                        + " dictionary; did you mean 'immediately'? (its consonants sound the"
                        + " same, a frequent word)"),
                findings(plainNews().doc("x.txt", "The council will immidatly review it.")));
    }

    @Test
    void aLetterForTheSameSoundCountsAsThatSound() {
        // artekal: k for the c of article, four edits away
        assertEquals(List.of("x.txt:1:19-1:26 warning [typo] 'artekal' is not in the"
                        + " dictionary; did you mean 'article'? (its consonants sound the same,"
                        + " a frequent word)"),
                findings(plainNews().doc("x.txt", "She wrote a short artekal about it.")));
    }

    @Test
    void aWordWithItsFirstLetterLostReadsAsTheWholeWord() {
        // symbols is a frequent word the corpus never writes; no other letter makes a word
        assertEquals(List.of("x.txt:1:20-1:26 warning [typo] 'ymbols' is not in the"
                        + " dictionary; did you mean 'symbols'? (its first letter lost)"),
                findings(plainNews().doc("x.txt", "The flag is one of ymbols the council chose.")));
    }

    @Test
    void twoLettersExchangedAcrossAnotherReadAsTheFrequentWord() {
        // nimute: the n and m of minute changed places, the first letter among them
        assertEquals(List.of("x.txt:1:21-1:27 warning [typo] 'nimute' is not in the"
                        + " dictionary; did you mean 'minute'? (two letters exchanged)"),
                findings(plainNews().doc("x.txt", "The council met one nimute early.")));
    }

    @Test
    void aReadingThatKeepsEverySoundWinsOverTheCommonWordTwoEditsAway() {
        // travel, common, is two edits from travald but has no d; travelled has every sound
        assertEquals(List.of("x.txt:1:4-1:11 warning [typo] 'travald' is not in the"
                        + " dictionary; did you mean 'travelled'? (its consonants sound the"
                        + " same, a frequent word)"),
                findings(corpus("They travel to work by train. ")
                        .doc("b.txt", "She travelled alone.")
                        .doc("x.txt", "We travald north last spring.")));
    }

    @Test
    void aWordMentionedInQuotationMarksIsNotMisspelt() {
        assertEquals(List.of(),
                findings(plainNews().doc("x.txt", "Locals call it 'immidatly' in the market.")));
    }

    @Test
    void aTechnicalWordWithNoFrequentWordOfItsSoundsStaysQuiet() {
        // a steroid's name: its consonants are no frequent word's
        assertEquals(List.of(),
                findings(plainNews().doc("x.txt",
                        "The rider tested positive for stanozolol in May.")));
    }

    @Test
    void aWordWrittenAgainIsMeant() {
        assertEquals(List.of(),
                findings(plainNews().doc("x.txt", "The council will immidatly review it.")
                        .doc("b.txt", "Officials will immidatly look again.")));
    }
}
