package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A possessive of a name whose apostrophe is lost, leaving a dictionary word
 * ({@link PossessiveWithoutApostrophe}): found inside a sentence, after no determiner and before
 * a noun, where the corpus writes the possessive ten times or more and the written form only
 * there; quiet otherwise. Fixtures written for these tests.
 */
class PossessiveWithoutApostropheTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** The corpus writes the country's possessive {@code times} times, then the documents. */
    private static RuleFixture possessiveWritten(int times, String... more) {
        String[] docs = new String[times + more.length];
        for (int k = 0; k < times; k++) {
            docs[k] = "Ankara said Turkey's trade grew in month " + (k + 1) + ".";
        }
        System.arraycopy(more, 0, docs, times, more.length);
        return EverydayCorpus.with(docs);
    }

    @Test
    void aNamesPossessiveWithoutItsApostropheBeforeANounIsATypo() {
        assertEquals(List.of("c10.txt:1:16-1:23 error [typo] 'Turkeys' reads as a possessive"
                        + " without its apostrophe; did you mean 'Turkey's'? (the corpus writes"
                        + " 'Turkey's' 10 times and 'Turkeys' only here) | fix: replace with"
                        + " 'Turkey's' => 1:16-1:23 \"Turkey's\""),
                findings(possessiveWritten(10, "Officials said Turkeys exports rose.")));
    }

    @Test
    void afterADeterminerItIsAPlural() {
        assertEquals(List.of(), findings(possessiveWritten(10,
                "Farmers said the Turkeys feed was short.")));
    }

    @Test
    void afterACapitalisedWordItEndsANameOfItsOwn() {
        // A band's name, not the country's possessive.
        assertEquals(List.of(), findings(possessiveWritten(10,
                "Fans of Wild Turkeys music queued early.")));
    }

    @Test
    void beforeAVerbItIsAPlural() {
        assertEquals(List.of(), findings(possessiveWritten(10,
                "Farmers said Turkeys gobbled loudly.")));
    }

    @Test
    void aPossessiveTheCorpusWritesLessOftenIsNoEvidence() {
        assertEquals(List.of(), findings(possessiveWritten(9,
                "Officials said Turkeys exports rose.")));
    }

    @Test
    void aFormTheCorpusWritesTwiceIsAWordOfItsOwn() {
        assertEquals(List.of(), findings(possessiveWritten(10,
                "Officials said Turkeys exports rose.", "Farmers fed Turkeys grain.")));
    }

    @Test
    void atTheStartOfASentenceACapitalSaysNothing() {
        assertEquals(List.of(), findings(possessiveWritten(10, "Turkeys exports rose.")));
    }
}
