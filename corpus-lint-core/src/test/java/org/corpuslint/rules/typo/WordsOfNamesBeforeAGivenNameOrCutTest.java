package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Two shapes of a slip on a common word inside a body's name or a title
 * ({@link SlipsInNamesOfBodies}): a slip before a given name, which the name does not claim
 * (names run given name first), and a word of names cut by its last letter, unless written
 * twice, cut of a silent e or before an apostrophe. Each pinned found and quiet on sentences
 * written for these tests.
 */
class WordsOfNamesBeforeAGivenNameOrCutTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** The corpus writes Mayor with a capital in three titles. */
    private static RuleFixture mayors(String document) {
        return EverydayCorpus.with("The Mayor of Leeds spoke first.",
                "A Mayor opened the new bridge.", "The Mayor said the fair was a success.",
                document);
    }

    @Test
    void aSlipOfATitleBeforeAGivenNameIsInsideTheTitle() {
        // Deputy, then the title slipped beside its key, then the person: given name first.
        assertEquals(List.of("c3.txt:1:12-1:17 warning [typo] 'Mahor' is close to 'Mayor', a"
                        + " word of names used 3 times in the corpus"),
                findings(mayors("The Deputy Mahor Lucy Brennan cut the ribbon.")));
    }

    @Test
    void theSameSlipAfterAGivenNameIsTheSurname() {
        assertEquals(List.of(),
                findings(mayors("On Friday Lucy Mahor cut the ribbon.")));
    }

    /** The corpus names two bodies with Committee. */
    private static RuleFixture committees(String document) {
        return EverydayCorpus.with("The Health Committee met on Monday.",
                "A Select Committee will hear from the minister.", document);
    }

    @Test
    void aWordOfNamesCutByItsLastLetterIsASlip() {
        assertEquals(List.of("c2.txt:1:15-1:23 warning [typo] 'Committe' is close to"
                        + " 'Committee', a word of names used 2 times in the corpus, cut by its"
                        + " last letter"),
                findings(committees("The Transport Committe said the plan had failed.")));
    }

    @Test
    void aCutWordWrittenTwiceIsMeant() {
        assertEquals(List.of(),
                findings(committees("The Transport Committe said the plan had failed.")
                        .doc("y.txt", "The Transport Committe met again.")));
    }

    @Test
    void aLetterLeftOffBeforeAnApostropheIsSpokenSo() {
        // Moving is a word of names here; Movin' drops its g as it is said.
        assertEquals(List.of(), findings(EverydayCorpus.with("The Moving Image Trust met.",
                "A Moving Walls Company bid.", "They saw the Great Movin' Show.")));
    }

    @Test
    void aSilentELeftOffIsABrandsSpelling() {
        // Mobile is a common word of names here; Mobil keeps its sound, as a brand's name does.
        assertEquals(List.of(), findings(EverydayCorpus.with("The Mobile World fair opened.",
                "The Mobile Phone Show closed.", "Shares in Global Mobil rose.")));
    }
}
