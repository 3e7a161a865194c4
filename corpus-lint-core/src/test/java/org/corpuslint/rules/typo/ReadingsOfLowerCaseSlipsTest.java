package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Lower-case slips with more than one reading, or none near enough: the one common reading a
 * slip of the keys explains, and a long word misspelt three times over that keeps the start of
 * a common word. Each class is pinned found and quiet on sentences written for these tests.
 */
class ReadingsOfLowerCaseSlipsTest {

    private static RuleFixture comparisons() {
        return corpus("It is more than we said. ", "We know that that is that, so that is it. ");
    }

    @Test
    void theOneCommonReadingASlipOfTheKeysExplainsIsNamed() {
        // than: m struck for n beside it; that needs a key far from the one struck.
        assertEquals(List.of("x.txt:1:14-1:18 warning [typo] 'tham' is not in the dictionary;"
                        + " did you mean 'than'?"),
                findings(comparisons().doc("x.txt", "It cost more tham ever.")));
    }

    @Test
    void aReadingMisspeltByEarIsNoLessASlipThanAKeyStruck() {
        // them, a vowel heard for another in a word the corpus uses, stands beside than.
        assertEquals(List.of("x.txt:1:14-1:18 warning [typo] 'tham' is not in the dictionary;"
                        + " did you mean 'than' or 'them'?"),
                findings(corpus("It is more than we said. ",
                        "We know that that is that, so that is it. ", "We gave them the keys. ")
                        .doc("x.txt", "It cost more tham ever.")));
    }

    @Test
    void fourLettersWithTwoCommonReadingsBothSlipsOfTheKeysStayQuiet() {
        assertEquals(List.of(), findings(corpus("It was then that we left. ",
                "It is more than we had. ").doc("x.txt", "It was thwn we met.")));
    }

    @Test
    void fiveLettersWithTwoCommonReadingsAreAWarningNamingBoth() {
        assertEquals(List.of("x.txt:1:12-1:17 warning [typo] 'worde' is not in the dictionary;"
                        + " did you mean 'word' or 'words'?"),
                findings(corpus("He said a word or two. ", "These words are kind. ")
                        .doc("x.txt", "It was the worde.")));
    }

    private static RuleFixture absolutes() {
        return corpus("It is absolutely true. ");
    }

    @Test
    void longWordThreeEditsFromACommonWordWithItsStartIsAWarningWithoutFix() {
        assertEquals(List.of("x.txt:1:8-1:17 warning [typo] 'absouldly' is not in the"
                        + " dictionary, nor a form of a word in it, and no word is close enough to"
                        + " fix; perhaps 'absolutely'?"),
                findings(absolutes().doc("x.txt", "It was absouldly fine.")));
    }

    @Test
    void longWordThreeEditsAwayWithAnotherStartStaysQuiet() {
        assertEquals(List.of(), findings(absolutes().doc("x.txt", "It was abzouldly fine.")));
    }
}
