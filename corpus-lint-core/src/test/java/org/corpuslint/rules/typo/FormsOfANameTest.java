package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * The suggestion among forms of one name ({@link FormsOfAName}): the evidence names the name,
 * the slip the form; a full name attested beside the same neighbour keeps its own form.
 */
class FormsOfANameTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    @Test
    void theFormTheSlipIsClosestToIsSuggested() {
        assertEquals(List.of("c1.txt:1:58-1:67 error [typo] 'Vardoinan' is close to 'Vardonian',"
                        + " a form of 'Vardonia', used 3 times in this document and 3 times in the"
                        + " corpus | fix: replace with 'Vardonian' => 1:58-1:67 \"Vardonian\""),
                findings(EverydayCorpus.with("A Vardonian band sang for us.",
                        "Vardonia is small. Vardonia votes today. In Vardonia the Vardoinan"
                                + " army marched.")));
    }

    @Test
    void aFullNameAttestedBesideTheSameNeighbourKeepsItsForm() {
        assertEquals(List.of("c3.txt:1:6-1:12 error [typo] 'Vanole' is close to 'Vanoe', as in"
                        + " 'Vanoe Brisk', 2 times in the corpus"
                        + " | fix: replace with 'Vanoe' => 1:6-1:12 \"Vanoe\""),
                findings(EverydayCorpus.with("Vanoe Brisk played well.", "Vanoe Brisk scored.",
                        "Vanoel spoke to us.", "Then Vanole Brisk ran.")));
    }
}
