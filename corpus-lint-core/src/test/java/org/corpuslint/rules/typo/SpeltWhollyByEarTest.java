package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Long words spelt wholly by ear, past the reach of a slip ({@link SpeltAsItSounds#farReading}),
 * and words that read as two words run together but sound as one frequent word a slip away
 * ({@link SpeltAsItSounds#soundsAsAWordOneSlipAway}). Sentences written for these tests.
 */
class SpeltWhollyByEarTest {

    private static RuleFixture nations() {
        return corpus("The nation voted on Monday. ", "A nation of readers bought books. ");
    }

    @Test
    void aWordWithEverySoundRespelledReadsAsTheCommonWordThatSoundsSo() {
        // nashun: nation, its ti written sh and its o a u, three edits away
        assertEquals(List.of("x.txt:1:11-1:17 warning [typo] 'nashun' is not in the dictionary;"
                        + " did you mean 'nation'? (it sounds the same, a common word of the"
                        + " corpus)"),
                findings(nations().doc("x.txt", "The whole nashun watched the game.")));
    }

    @Test
    void aWordNearNoFrequentWordIsStillReadByEar() {
        // speshil: no frequent word begins sp and lies two edits away; special sounds so
        assertEquals(List.of("x.txt:1:10-1:17 warning [typo] 'speshil' is not in the"
                        + " dictionary; did you mean 'special'? (it sounds the same, a common"
                        + " word of the corpus)"),
                findings(corpus("The special offer ended. ", "A special guest came. ")
                        .doc("x.txt", "It was a speshil day for them.")));
    }

    @Test
    void aWordTheCorpusWritesRarelyIsNoReadingByEar() {
        // nation written once: no common word of the corpus sounds like nashun, which keeps
        // the hint of the frequent words that begin as it does
        assertEquals(List.of("x.txt:1:11-1:17 warning [typo] 'nashun' is not in the dictionary,"
                        + " nor a form of a word in it, and no word is close enough to fix;"
                        + " perhaps 'national' or 'native'?"),
                findings(corpus("The park was full on Monday. ").doc("b.txt", "The nation voted.")
                        .doc("x.txt", "The whole nashun watched the game.")));
    }

    @Test
    void aRunTogetherReadingGivesWayToAWordThatSoundsTheSame() {
        // play + right, or playwright with its silent w left out
        assertEquals(List.of("x.txt:1:5-1:14 error [typo] 'playright' is not in the"
                        + " dictionary; did you mean 'playwright'? | fix: replace with"
                        + " 'playwright' => 1:5-1:14 \"playwright\""),
                findings(corpus("The park was full on Monday. ")
                        .doc("x.txt", "The playright wrote a new drama.")));
    }
}
