package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A word spelt by ear, with other letters for the same sounds ({@link SpeltAsItSounds}): the
 * common word of the corpus that sounds like it is the reading named, over a slip of the keys
 * that sounds otherwise. Only the suggestion changes: the same words are found either way.
 * Sentences written for these tests.
 */
class SpeltAsItSoundsTest {

    private static RuleFixture families() {
        return corpus("His daughter was at home. ", "The daughter of the king came. ",
                "They are doing well. ", "What are you doing now? ");
    }

    @Test
    void aSilentGhLeftOutReadsAsTheWordThatHasIt() {
        assertEquals(List.of("x.txt:1:5-1:11 warning [typo] 'dauter' is not in the dictionary;"
                        + " did you mean 'daughter'? (it sounds the same, a common word of the"
                        + " corpus)"),
                findings(families().doc("x.txt", "Her dauter came home by train.")));
    }

    private static RuleFixture doings() {
        return corpus("They are doing well. ", "What are you doing now? ",
                "The downing of the plane was an accident. ");
    }

    @Test
    void aSlipOfTheKeysLeadsBeforeTheEarIsHeard() {
        // downing, a letter left out, leads doing, which needs a w added far from any key.
        assertEquals(List.of("x.txt:1:10-1:16 error [typo] 'dowing' is not in the dictionary;"
                        + " did you mean 'downing'? | fix: replace with 'downing' =>"
                        + " 1:10-1:16 \"downing\""),
                findings(corpus("The downing of the plane was an accident. ")
                        .doc("x.txt", "They are dowing fine in the new town.")));
    }

    @Test
    void aWClosingAVowelReadsAsTheWordWithoutIt() {
        // dowing sounds as doing does; downing has an n no one hears in it.
        assertEquals(List.of("x.txt:1:10-1:16 warning [typo] 'dowing' is not in the dictionary;"
                        + " did you mean 'doing'? (it sounds the same, a common word of the"
                        + " corpus)"),
                findings(doings().doc("x.txt", "They are dowing fine in the new town.")));
    }

    @Test
    void theSlipsReadingUsedInTheArticleStays() {
        assertEquals(List.of("x.txt:1:32-1:38 warning [typo] 'dowing' is not in the dictionary;"
                        + " did you mean 'dosing' or 'downing'? ('dosing' is used once in this"
                        + " document)"),
                findings(doings().doc("x.txt",
                        "The dosing was wrong. They are dowing fine in the new town.")));
    }

    @Test
    void keys() {
        assertEquals("sk*ls", SpeltAsItSounds.key("schools"));
        assertEquals("sk*ls", SpeltAsItSounds.key("skools"));
        assertEquals("f*r*n", SpeltAsItSounds.key("foreign"));
        assertEquals("f*r*n", SpeltAsItSounds.key("forien"));
        assertEquals("tr*f*k", SpeltAsItSounds.key("traffic"));
        assertEquals("tr*f*k", SpeltAsItSounds.key("trafeck"));
        assertEquals("g*ng", SpeltAsItSounds.key("going"));
        assertEquals("g*ng", SpeltAsItSounds.key("gowing"));
    }

    /** good written often, god and gun, one slip from gud, rarely. */
    private static RuleFixture goodness() {
        return corpus("It was a good game and a good day. ", "The food was good. ")
                .doc("g.txt", "They prayed to their god. The gun went off.");
    }

    @Test
    void threeLettersSpeltAsACommonWordSoundsAreThatWord() {
        assertEquals(List.of("x.txt:1:18-1:21 warning [typo] 'gud' is not in the dictionary;"
                        + " did you mean 'good'? (it sounds the same, a common word of the"
                        + " corpus)"),
                findings(goodness().doc("x.txt", "He said it was a gud result.")));
    }

    @Test
    void threeLettersWrittenAgainAreAWordOfTheCorpus() {
        assertEquals(List.of(),
                findings(goodness().doc("a.txt", "The gud office was shut.")
                        .doc("x.txt", "He said it was a gud result.")));
    }

    @Test
    void threeLettersOneSlipFromAWordTheCorpusUsesAsMuchStayQuiet() {
        // gun is written as often as good here: a struck key is as likely as the ear.
        assertEquals(List.of(),
                findings(goodness().doc("h.txt", ("The gun was loaded. ").repeat(12))
                        .doc("x.txt", "He said it was a gud result.")));
    }
}
