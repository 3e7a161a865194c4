package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.EverydayCorpus.findings;
import static org.corpuslint.rules.typo.EverydayCorpus.repeated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slips in people's names and in possessives of names: a given name struck on the keys before
 * a surname no list has, a surname no list has struck on a consonant's key after a given name,
 * a name whose full form the corpus writes beside the same neighbour, a name carrying a
 * possessive (which ends its name), an apostrophe put after the s, and a possessive's
 * apostrophe lost from a form no dictionary knows. Each found case has quiet twins that fail
 * without their guard. Fixtures written for these tests.
 */
class PeoplesNamesAndPossessivesTest {

    // A given name struck on the keys before a surname no list has.

    private static final List<String> ROBERTS = List.of(
            "Robert Hale spoke first.", "Then Robert Penn replied.", "Robert Nye left early.");

    @Test
    void aGivenNameStruckBeforeASurnameNoListHasIsASlip() {
        assertEquals(List.of("c3.txt:1:33-1:39 warning [typo] 'Rovert' is close to 'Robert',"
                        + " a name used 3 times in the corpus; 'Rovert' is nobody's name"),
                findings(ROBERTS, "The new chairman of the club is Rovert Quenby, who lives in the north."));
    }

    @Test
    void aGivenNameStruckBeforeACommonWordStaysQuiet() {
        // Bridge is a common word: the pair need not be a person's name.
        assertEquals(List.of(), findings(ROBERTS, "The new chairman of the club is Rovert Bridge, who lives in the north."));
    }

    @Test
    void aGivenNameStruckBeforeAnotherGivenNameStaysQuiet() {
        assertEquals(List.of(), findings(ROBERTS, "The new chairman of the club is Rovert Ingrid, who lives in the north."));
    }

    @Test
    void aFormWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(ROBERTS, "The new chairman of the club is Rovert Quenby, who lives in the north.",
                "Rovert Quenby agreed."));
    }

    // A surname no list has, struck on a consonant's key after a given name.

    private static final List<String> KASTROVAS = List.of("Minister Kastrova spoke.",
            "Kastrova replied.", "Then Kastrova left.", "Kastrova returned.");

    @Test
    void aConsonantStruckInASurnameNoListHasAfterAGivenNameIsASlip() {
        assertEquals(List.of("c4.txt:1:19-1:27 warning [typo] 'Kadtrova' is close to"
                        + " 'Kastrova', a name used 4 times in the corpus; 'Kadtrova' is nobody's"
                        + " name"),
                findings(KASTROVAS, "The minister Lena Kadtrova said no."));
    }

    @Test
    void aVowelStruckForAVowelInSuchASurnameStaysQuiet() {
        // Lind and Lund are both surnames: a vowel beside a vowel makes real names of each other.
        assertEquals(List.of(), findings(KASTROVAS, "The minister Lena Kastriva said no."));
    }

    // The full name the corpus writes beside the same neighbour.

    private static final List<String> FLIGHTS = repeated("Howard Flight spoke in the debate.", 3);

    @Test
    void aSlipOfANameThatIsACommonWordBesideItsAttestedPartnerIsASlip() {
        assertEquals(List.of("c3.txt:1:22-1:28 error [typo] 'Fllght's' is close to"
                        + " 'Flight's', as in 'Howard Flight', 3 times in the corpus | fix:"
                        + " replace with 'Flight' => 1:22-1:28 \"Flight\""),
                findings(FLIGHTS, "Nobody shared Howard Fllght's views."));
    }

    @Test
    void aLetterFarFromItsKeyThatStillReadsStaysQuiet() {
        // Flighd is a letter far from its key and still pronounceable: another spelling.
        assertEquals(List.of(), findings(FLIGHTS, "Nobody shared Howard Flighd's views."));
    }

    // A possessive ends its name.

    private static final List<String> FRANCES = repeated("France won the match.", 3);

    @Test
    void aSlipCarryingAPossessiveBeforeAnotherNameStandsAlone() {
        assertEquals(List.of("c3.txt:1:14-1:19 warning [typo] 'Fance's' is close to"
                        + " 'France's', used 3 times in the corpus"),
                findings(FRANCES, "She beat the Fance's Marie Dupont."));
    }

    @Test
    void theSameSlipBeforeAnotherNameWithoutAPossessiveStaysQuiet() {
        assertEquals(List.of(), findings(FRANCES, "She beat the Fance Marie Dupont."));
    }

    // An apostrophe put after the s.

    private static final List<String> NORWAYS = repeated("Norway's oil fund grew again.", 10);

    @Test
    void anApostropheAfterTheSOfANameTheCorpusWritesInThePossessiveIsASlip() {
        assertEquals(List.of("c10.txt:1:19-1:27 error [typo] 'Norways'' puts the apostrophe"
                        + " after the s; did you mean 'Norway's'? (the corpus writes 'Norway's'"
                        + " 10 times and 'Norways' only here) | fix: replace with 'Norway's'"
                        + " => 1:19-1:27 \"Norway's\""),
                findings(NORWAYS, "They sold part of Norways' oil fund."));
    }

    @Test
    void anApostropheAfterTheSAfterAGivenNameIsASlip() {
        List<String> docs = repeated("Gordon Brown's budget passed.", 10);
        assertEquals(List.of("c10.txt:1:17-1:24 error [typo] 'Browns'' puts the apostrophe"
                        + " after the s; did you mean 'Brown's'? (the corpus writes 'Brown's'"
                        + " 10 times and 'Browns' only here) | fix: replace with 'Brown's'"
                        + " => 1:17-1:24 \"Brown's\""),
                findings(docs, "They cut Gordon Browns' budget."));
    }

    @Test
    void aPluralPossessiveAfterADeterminerStaysQuiet() {
        assertEquals(List.of(), findings(NORWAYS, "They sold part of the Norways' oil fund."));
    }

    @Test
    void aPluralPossessiveEndingANameOfSeveralWordsStaysQuiet() {
        assertEquals(List.of(), findings(NORWAYS, "They sold part of Fjord Norways' oil fund."));
    }

    @Test
    void aFormInSTheCorpusWritesElsewhereStaysQuiet() {
        assertEquals(List.of(), findings(NORWAYS, "They sold part of Norways' oil fund.",
                "Both Norways met."));
    }

    @Test
    void fewPossessivesInTheCorpusAreNoEvidence() {
        assertEquals(List.of(), findings(repeated("Norway's oil fund grew again.", 9),
                "They sold part of Norways' oil fund."));
    }

    // A possessive's apostrophe lost from a form no dictionary knows.

    private static final List<String> ZEPHONS = repeated("Zephon's new console sold well.", 3);

    @Test
    void aNamesPossessiveWithoutItsApostropheBeforeANameItOwnsIsASlip() {
        assertEquals(List.of("c3.txt:1:24-1:31 error [typo] 'Zephons' reads as a possessive"
                        + " without its apostrophe; did you mean 'Zephon's'? (the corpus writes"
                        + " 'Zephon's' 3 times and 'Zephons' only here) | fix: replace with"
                        + " 'Zephon's' => 1:24-1:31 \"Zephon's\""),
                findings(ZEPHONS, "The gadget is a rival, Zephons PlayStation Portable."));
    }

    @Test
    void suchAFormAfterADeterminerStaysQuiet() {
        assertEquals(List.of(), findings(ZEPHONS,
                "The gadget is a rival to the Zephons PlayStation Portable."));
    }

    @Test
    void suchAFormWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(ZEPHONS,
                "The gadget is a rival, Zephons PlayStation Portable.", "Zephons console sold."));
    }

    @Test
    void twoPossessivesInTheCorpusAreNoEvidence() {
        assertEquals(List.of(), findings(repeated("Zephon's new console sold well.", 2),
                "The gadget is a rival, Zephons PlayStation Portable."));
    }
}
