package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A contraction slipped around its apostrophe ({@link ContractionSlips}): found where the corpus
 * writes the contraction; quiet when the slip would be on the first letter, when the written
 * form recurs, and for a possessive with a letter struck wrong (a name's).
 */
class ContractionSlipsTest {

    private static final String WE_HAVE = "We've gone. We've won. ";

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    @Test
    void aLetterLostBeforeTheApostrophe() {
        assertEquals(List.of("c1.txt:1:2-1:6 error [typo] 'W've' is close to the contraction"
                        + " 'We've' (the corpus writes it 2 times)"
                        + " | fix: replace with 'We've' => 1:2-1:6 \"We've\""),
                findings(EverydayCorpus.with(WE_HAVE, "\"W've had a good year,\" she said.")));
    }

    @Test
    void aLetterLostAtTheEnd() {
        assertEquals(List.of("c1.txt:1:1-1:5 error [typo] 'We'v' is close to the contraction"
                        + " 'We've' (the corpus writes it 2 times)"
                        + " | fix: replace with 'We've' => 1:1-1:5 \"We've\""),
                findings(EverydayCorpus.with(WE_HAVE, "We'v seen it all before.")));
    }

    @Test
    void aContractionInSWhoseEndingTheBaseFormLeavesOff() {
        assertEquals(List.of("c1.txt:1:1-1:7 error [typo] 'Thre's' is close to the contraction"
                        + " 'There's' (the corpus writes it 2 times)"
                        + " | fix: replace with 'There's' => 1:1-1:7 \"There's\""),
                findings(EverydayCorpus.with("There's a way. There's hope. ",
                        "Thre's no other way.")));
    }

    @Test
    void aPossessiveOneLetterStruckWrongFromAContractionStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with("What's gone? What's won? ",
                        "The Whai's boat was red.")));
    }

    @Test
    void aSlipOnTheFirstLetterStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with("I've gone. I've won. ",
                        "\"W've had a good year,\" she said.")));
    }

    @Test
    void aFormWrittenTwiceStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with(WE_HAVE, "We'v seen it all before.",
                        "We'v heard it too.")));
    }
}
