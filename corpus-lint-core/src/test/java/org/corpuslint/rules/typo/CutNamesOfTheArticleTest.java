package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A name cut short by its last letter in an article that writes the full name
 * ({@link CutNamesOfTheArticle}): found, with the fix; quiet where only other articles write the
 * full name, where the short form is a name on the lists (unless both forms follow a title of
 * address), and where the longer form is a plural.
 */
class CutNamesOfTheArticleTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    @Test
    void aNameCutShortToAVowelInAnArticleThatWritesItInFull() {
        assertEquals(List.of("c0.txt:1:37-1:43 error [typo] 'Quenda' is close to 'Quendax', used"
                        + " 2 times in this document and 2 times in the corpus; 'Quenda' is it cut"
                        + " short | fix: replace with 'Quendax' => 1:37-1:43 \"Quendax\""),
                findings(EverydayCorpus.with("Quendax made a new phone. On Monday Quenda"
                        + " showed it to us. Quendax shares rose.")));
    }

    @Test
    void aNameWrittenInFullOnlyInOtherArticlesStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with("Quendax made a new phone. Quendax shares rose.",
                        "On Monday Quenda showed it to us.")));
    }

    @Test
    void aShortFormOnTheNameListsStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with("Danila Vindrel spoke first. Then Danil Kestrin"
                        + " said it was sound. Danila Vindrel left.")));
    }

    @Test
    void aListedShortFormStandingAloneWhereTheArticleNamesTheFullFormInsideItsSentences() {
        assertEquals(List.of("c0.txt:1:65-1:70 error [typo] 'Danil' is close to 'Danila', used"
                        + " 2 times in this document and 2 times in the corpus; 'Danil' is it cut"
                        + " short | fix: replace with 'Danila' => 1:65-1:70 \"Danila\""),
                findings(EverydayCorpus.with("On Monday Danila spoke. We met Danila later. It"
                        + " was sound, said Danil at noon.")));
    }

    @Test
    void aListedShortFormStandingAloneStaysQuietWhereTheFullFormIsNamedOnceInsideASentence() {
        // The first Danila starts a sentence: one capital inside a sentence may be a headline's.
        assertEquals(List.of(),
                findings(EverydayCorpus.with("Danila spoke. We met Danila later. It was sound,"
                        + " said Danil at noon.")));
    }

    @Test
    void theSingularOfAPluralStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with("The Brontoks sang. A Brontok fan came home."
                        + " The Brontoks won.")));
    }

    @Test
    void aListedSurnameCutShortAfterATitleTheArticleGivesTheFullSurname() {
        assertEquals(List.of("c0.txt:1:48-1:53 error [typo] 'Danil' is close to 'Danila', used"
                        + " 2 times in this document and 2 times in the corpus; 'Danil' is it cut"
                        + " short | fix: replace with 'Danila' => 1:48-1:53 \"Danila\""),
                findings(EverydayCorpus.with("Dr Danila spoke first. Dr Danila came. Then Dr"
                        + " Danil said it was sound.")));
    }

    @Test
    void aListedNameAfterATitleWhereTheArticleWritesTheFullNameWithoutOneStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with("Danila Vindrel spoke first. Danila Vindrel came."
                        + " Then Dr Danil said it was sound.")));
    }
}
