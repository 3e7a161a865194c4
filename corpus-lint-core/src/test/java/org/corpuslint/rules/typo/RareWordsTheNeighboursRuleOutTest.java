package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rare dictionary word where a common word one slip inside it fits both neighbours
 * ({@link RareWordSlips}): reported when the fixture corpus writes the common word beside both
 * and the rare word beside neither; quiet without those pairs, for a word's own form (a letter
 * at the end), and for a word the corpus writes again. Fixtures written for these tests.
 */
class RareWordsTheNeighboursRuleOutTest {

    private static final String ABOUT = ("We had concerns about that plan. They spoke about"
            + " that issue. Few knew about it. ").repeat(4);
    private static final String STATE = ("It was a state that few knew. The state that won."
            + " ").repeat(6);

    private static List<String> findings(String... documents) {
        return EverydayCorpus.typoFindings(EverydayCorpus.with(documents));
    }

    @Test
    void aRareWordWhereTheNeighboursWriteACommonOneIsReported() {
        assertEquals(List.of("c1.txt:1:30-1:34 warning [typo] 'abut' is a rare word; did you"
                        + " mean 'about'? (the corpus writes 'concerns about' and 'about that',"
                        + " never 'abut' beside them)"),
                findings(ABOUT, "They voiced serious concerns abut that idea."));
    }

    @Test
    void withoutThosePairsTheWordStands() {
        assertEquals(List.of(), findings("They voiced serious concerns abut that idea."));
    }

    @Test
    void aWordsOwnFormWithALetterAtTheEndStands() {
        assertEquals(List.of(), findings(STATE, "It becomes a stat that can be used."));
    }

    @Test
    void aRareWordTheCorpusWritesAgainStands() {
        assertEquals(List.of(), findings(ABOUT, "They voiced serious concerns abut that idea.",
                "The gardens abut each other."));
    }
}
