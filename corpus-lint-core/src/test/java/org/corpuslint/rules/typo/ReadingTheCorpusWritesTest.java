package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A lower-case non-word whose readings one slip away are words no article of the corpus writes,
 * beside a word with the same consonants two edits away that the corpus writes
 * ({@link ReadingTheCorpusWrites}). Sentences written for these tests.
 */
class ReadingTheCorpusWritesTest {

    /** Each sentence written five times: its words are written, not common (ten uses). */
    private static RuleFixture village() {
        RuleFixture corpus = RuleFixture.corpus();
        String[] sentences = {"The village held a quiet funeral for the old mayor. ",
                "A bird sang in the garden. ", "The garden was pretty in the spring. ",
                "The party met in the hall. "};
        for (int i = 0; i < sentences.length; i++) {
            corpus.doc("c" + i + ".txt", sentences[i].repeat(5));
        }
        return corpus;
    }

    @Test
    void aVowelLostBetweenConsonantsIsTheWordTheCorpusWritesNotASlipItNeverDoes() {
        // funnel, an n for the r, is written nowhere; funeral, a vowel lost and one changed, is.
        assertEquals(List.of("x.txt:1:29-1:35 warning [typo] 'funrel' is not in the"
                        + " dictionary; did you mean 'funeral'? (the same consonants, a word the"
                        + " corpus writes; no word one slip away is)"),
                findings(village().doc("x.txt", "They played the song at his funrel last week.")));
    }

    @Test
    void aVowelWhereTheWrittenWordHasOneComesFirst() {
        // pretty and party both have p, r, t, y; the vowel after the r is pretty's.
        assertEquals(List.of("x.txt:1:19-1:24 warning [typo] 'prity' is not in the"
                        + " dictionary; did you mean 'pretty'? (the same consonants, a word the"
                        + " corpus writes; no word one slip away is)"),
                findings(village().doc("x.txt", "The match was not prity to watch.")));
    }

    @Test
    void aSlipTheCorpusWritesStays() {
        assertEquals(List.of("x.txt:1:29-1:35 error [typo] 'funrel' is not in the dictionary;"
                        + " did you mean 'funnel'? | fix: replace with 'funnel' => 1:29-1:35"
                        + " \"funnel\""),
                findings(village().doc("a.txt", "Smoke rose from the funnel of the ship.")
                        .doc("x.txt", "They played the song at his funrel last week.")));
    }
}
