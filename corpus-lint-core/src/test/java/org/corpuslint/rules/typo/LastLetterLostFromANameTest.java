package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name of the corpus with its last letter lost, beside a neighbour or alone
 * ({@code AttestedNameSlips.lastLetterLost}): found when the full name is used five times as
 * often and the cut form is written once, alone or beside a common word; quiet when the full
 * name is rarer, when the cut form is written twice, and beside a name of its own.
 * Fixtures written for these tests.
 */
class LastLetterLostFromANameTest {

    private static final String GLASGOW = "Glasgow is cold. We drove to Glasgow. The Glasgow"
            + " team won. Glasgow is big. Rain fell on Glasgow.";

    private static List<String> findings(String... documents) {
        return EverydayCorpus.typoFindings(EverydayCorpus.with(documents));
    }

    @Test
    void aNameCutByItsLastLetterBesideAWordIsATypo() {
        // Used under ten times, the name makes a warning without a fix, as for other slips.
        assertEquals(List.of("c1.txt:1:15-1:21 warning [typo] 'Glasgo' is close to 'Glasgow',"
                        + " used 5 times in the corpus"),
                findings(GLASGOW, "She flew from Glasgo Airport on a wet day."));
    }

    @Test
    void aRarerFullNameStaysQuiet() {
        assertEquals(List.of(), findings("Glasgow is cold. We drove to Glasgow. Rain fell on"
                + " Glasgow.", "She flew from Glasgo Airport on a wet day."));
    }

    @Test
    void aCutFormWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(GLASGOW, "She flew from Glasgo Airport on a wet day.",
                "He met her at Glasgo Airport."));
    }

    @Test
    void besideANameOfItsOwnStaysQuiet() {
        // Zorbak is no common word: a name, and the cut form beside it may be one too.
        assertEquals(List.of(), findings(GLASGOW, "She met Glasgo Zorbak on a wet day."));
    }
}
