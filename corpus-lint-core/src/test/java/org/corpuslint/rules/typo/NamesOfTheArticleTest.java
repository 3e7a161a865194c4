package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A slip of the keys on a word the article itself writes as a name ({@link NamesOfTheArticle}):
 * a common word the article capitalises inside its sentences again and again. Found, with the
 * article's name as the fix; quiet where the article capitalises the word once or only at the
 * start of sentences, and where the first letter differs. Fixtures written for these tests.
 */
class NamesOfTheArticleTest {

    /** The corpus writes the word in lower case, so it is no name of the corpus. */
    private static final String LOWER = "The pit sold gravel and sand. We walked on the gravel.";

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    @Test
    void aSlipOfAWordTheArticleCapitalisesAsANameIsATypo() {
        assertEquals(List.of("c1.txt:1:36-1:42 error [typo] 'Grabel' is close to 'Gravel', used"
                        + " 2 times in this document and 2 times in the corpus"
                        + " | fix: replace with 'Gravel' => 1:36-1:42 \"Gravel\""),
                findings(EverydayCorpus.with(LOWER, "Sam Gravel runs the pit. Last year Grabel"
                        + " sold the farm. His son met Mr Gravel there.")));
    }

    @Test
    void aWordTheArticleCapitalisesOnceStaysQuiet() {
        // Once may be a headline's capital; a name is named again. Another article's use makes
        // the corpus write the word capitalised more often than the slip.
        assertEquals(List.of(), findings(EverydayCorpus.with(LOWER, "Ann Gravel sang at noon.",
                "We met Gravel there. Then Sam Grabel sold the farm. The gravel was wet.")));
    }

    @Test
    void aWordCapitalisedOnlyAtTheStartOfSentencesStaysQuiet() {
        // Beside a given name, where a common word the corpus capitalises asks for more than a
        // neighbouring key (CapitalisedWordSlips), only the article's names speak.
        assertEquals(List.of(), findings(EverydayCorpus.with(LOWER,
                "Gravel is cheap. Then Sam Grabel sold the farm. Gravel costs more now.")));
    }

    @Test
    void besideAGivenNameTheArticlesNameIsFoundToo() {
        assertEquals(List.of("c1.txt:1:31-1:37 error [typo] 'Grabel' is close to 'Gravel', used"
                        + " 2 times in this document and 2 times in the corpus"
                        + " | fix: replace with 'Gravel' => 1:31-1:37 \"Gravel\""),
                findings(EverydayCorpus.with(LOWER, "We met Gravel there. Then Sam Grabel sold"
                        + " the farm. We saw Gravel again.")));
    }

    @Test
    void aSlipOnTheFirstLetterStaysQuiet() {
        assertEquals(List.of(), findings(EverydayCorpus.with(LOWER,
                "Sam Gravel runs the pit. Last year Fravel sold the farm. His son met Mr Gravel"
                        + " there.")));
    }
}
