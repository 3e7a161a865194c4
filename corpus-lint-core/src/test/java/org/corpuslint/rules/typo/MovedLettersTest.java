package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A letter typed two or more places out of place ({@link MovedLetters}), which may read as a
 * compound of two words; and a run-together split that English would not write (an article
 * {@code a} before a vowel). Sentences written for these tests.
 */
class MovedLettersTest {

    @Test
    void aCompoundThatIsAWordOfTheCorpusWithALetterMovedIsASlipForIt() {
        assertEquals(List.of("x.txt:1:9-1:17 error [typo] 'keybroad' is not in the dictionary;"
                        + " did you mean 'keyboard'? (a letter out of place)"
                        + " | fix: replace with 'keyboard' => 1:9-1:17 \"keyboard\""),
                findings(corpus("The day was long. ")
                        .doc("k.txt", "She typed on the keyboard. Her keyboard broke.")
                        .doc("x.txt", "The new keybroad is light.")));
    }

    @Test
    void aCompoundStaysQuietWhereNoArticleWritesTheWordItWouldBeMovedFrom() {
        // key + broad is no word, but a corpus that never writes keyboard may mean a coinage.
        assertEquals(List.of(),
                findings(corpus("The day was long. ")
                        .doc("k.txt", "She typed on the screen. Her screen broke.")
                        .doc("x.txt", "The new keybroad is light.")));
    }

    @Test
    void anArticleBeforeAVowelIsNoRunTogetherSplit() {
        // a adding is no English; the doubled letter is the slip.
        assertEquals(List.of("x.txt:1:20-1:27 error [typo] 'aadding' is not in the dictionary;"
                        + " did you mean 'adding'? | fix: replace with 'adding' => 1:20-1:27"
                        + " \"adding\""),
                findings(corpus("He kept adding names to the list. ", "The day was long. ")
                        .doc("x.txt", "The firm cut jobs, aadding that more may go.")));
    }
}
