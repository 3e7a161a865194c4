package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A letter lost from a word the article itself names again, which the corpus writes with a
 * capital at least as often as in lower case but too rarely to be a name of the corpus
 * ({@code NameSlips.lostFromANameOfTheArticle}). Found with the article's name as the fix; quiet
 * where the article names it once, where the corpus writes the word mostly in lower case, and
 * where the short form is a name of its own. Fixtures written for these tests.
 */
class LostLetterOfTheArticlesNameTest {

    private static List<String> findings(String... documents) {
        return EverydayCorpus.typoFindings(EverydayCorpus.with(documents));
    }

    @Test
    void aLetterLostFromTheArticlesNameIsATypo() {
        assertEquals(List.of("c0.txt:1:66-1:71 error [typo] 'Rovrs' is close to 'Rovers', used"
                        + " 2 times in this document and 2 times in the corpus"
                        + " | fix: replace with 'Rovers' => 1:66-1:71 \"Rovers\""),
                findings("The club said Rovers had made a bid. The manager said a bid from Rovrs"
                        + " was on the table.\n\nRovers had bid before."));
    }

    @Test
    void theArticleNamingItOnceStaysQuiet() {
        assertEquals(List.of(), findings("Rovers won the cup.",
                "The club said Rovers had made a bid. The manager said a bid from Rovrs"
                        + " was on the table."));
    }

    @Test
    void aWordTheCorpusWritesMostlyInLowerCaseStaysQuiet() {
        assertEquals(List.of(), findings("The rovers walked on. Two rovers sat down. The rovers"
                        + " slept.",
                "The club said Rovers had made a bid. The manager said a bid from Rovrs"
                        + " was on the table.\n\nRovers had bid before."));
    }

    @Test
    void aShortFormOnTheNameListsStaysQuiet() {
        // Carme is a given name of its own beside Carmen.
        assertEquals(List.of(), findings("The club said Carmen had made a bid. The manager said"
                        + " a bid from Carme was on the table.\n\nCarmen had bid before."));
    }
}
