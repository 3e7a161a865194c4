package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A typing slip inside one lower-case part of a hyphenated word ({@link HyphenPartSlips}):
 * found when the part is no word, is written once, and one slip not on its first letter
 * makes it a word the corpus uses; quiet for names and transliterations, short prefixes,
 * slips on the first letter, a vowel for a vowel and a part the corpus writes twice. Fixtures written for these
 * tests.
 */
class SlipsInAPartOfAHyphenatedWordTest {

    private static final String BASED = "The firm is based in Leeds. A Leeds-based team won."
            + " Our club is based here. They are based abroad.";

    private static List<String> findings(String... documents) {
        return EverydayCorpus.typoFindings(EverydayCorpus.with(documents));
    }

    @Test
    void aLostLetterInTheLastPartIsATypo() {
        String slip = "A Leeds-baed choir sang.";
        assertEquals(List.of("c1.txt:1:9-1:13 error [typo] 'baed' in 'Leeds-baed' is close to"
                        + " 'based' ('Leeds-based'), used 4 times in the corpus"
                        + " | fix: replace with 'based' => 1:9-1:13 \"based\""),
                findings(BASED, slip));
    }

    @Test
    void aDoubledLetterIsATypo() {
        assertEquals(List.of("c0.txt:1:23-1:27 error [typo] 'mett' in 'well-mett' is close to"
                        + " 'met' ('well-met'), used 30 times in the corpus"
                        + " | fix: replace with 'met' => 1:23-1:27 \"met\""),
                findings("Their needs were well-mett by then."));
    }

    @Test
    void aSlipOnTheFirstLetterStaysQuiet() {
        assertEquals(List.of(), findings("We saw all-eain days."));
    }

    @Test
    void aVowelForAVowelStaysQuiet() {
        // Read as a borrowed or transliterated word, not a slip for 'home'.
        assertEquals(List.of(), findings("They went by bus-hime."));
    }

    @Test
    void aPartWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(BASED, "A Leeds-baed choir sang.",
                "The Leeds-baed choir sang again."));
    }

    @Test
    void namesTransliterationsAndPrefixesStayQuiet() {
        assertEquals(List.of(), findings(BASED, "Kim Jong-un met Al-Qaeda envoys and"
                + " Abdel-Rahman; a pre-rain co-host will re-run it."));
    }
}
