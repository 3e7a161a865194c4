package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A letter struck for the second of a name's or capitalised word's letters, making a pair no
 * English word begins with ({@link UnsayableNameSlips#onsetNoWordHas}): found beside a given
 * name and alone; quiet where a letter is added rather than struck for another (how names from
 * other languages begin), where a listed name begins so, where a commoner slip of the keys
 * explains the form, and where the form is written twice. Fixtures written for these tests.
 */
class OnsetsNoWordHasTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** The corpus writes White and North with a capital three times each. */
    private static RuleFixture names(String... documents) {
        RuleFixture corpus = EverydayCorpus.with("Jack White sang in the North.",
                "Meg White played drums in the North.", "The White House and the North agreed.");
        for (int i = 0; i < documents.length; i++) {
            corpus.doc("x" + i + ".txt", documents[i]);
        }
        return corpus;
    }

    @Test
    void aStruckSecondLetterBesideAGivenNameIsASlip() {
        assertEquals(List.of("x0.txt:1:17-1:22 error [typo] 'Wbite' is close to 'White', used"
                        + " 3 times in the corpus, and no English word begins with 'wb'"
                        + " | fix: replace with 'White' => 1:17-1:22 \"White\""),
                findings(names("The drummer Tom Wbite left the band.")));
    }

    @Test
    void anAddedSecondLetterIsNoStruckKey() {
        // A letter added at the start is how names spelt from other languages begin.
        assertEquals(List.of(), findings(names("The band played in the Nforth last year.")));
    }

    @Test
    void aStartThatListedNamesHaveIsNoEvidence() {
        // Hw begins no English word, but Korean surnames (Hwang) begin so.
        assertEquals(List.of(), findings(EverydayCorpus.with("The Health Service grew.",
                "Health Week began.", "The Health Ministry met.",
                "The drummer Lucy Hwalth left the band.")));
    }

    @Test
    void aCommonerSlipOfTheKeysIsTheLikelierReading() {
        // Jp begins no word, and Jean is one struck key away; but Japan, a letter lost, is the
        // slip of a word the corpus uses more.
        RuleFixture corpus = EverydayCorpus.with("Jean Smith sang.", "Jean Jones danced.",
                "Jean Brown wrote.", "Exports to Japan rose.", "Japan and China met.",
                "Trade with Japan grew.", "Japan won.", "Rain fell on Japan.",
                "Cars made in Jpan sold well.");
        assertEquals(List.of("c8.txt:1:14-1:18 warning [typo] 'Jpan' is close to 'Japan', used 5"
                        + " times in the corpus"), findings(corpus));
    }

    @Test
    void aFormWrittenTwiceIsMeant() {
        // White far commoner than twice the form, so only the second use speaks for it.
        RuleFixture corpus = names("The drummer Tom Wbite left the band.",
                "Tom Wbite later joined another group.");
        for (int i = 0; i < 4; i++) {
            corpus.doc("w" + i + ".txt", "The White Stripes played on night " + (i + 1) + ".");
        }
        assertEquals(List.of(), findings(corpus));
    }
}
