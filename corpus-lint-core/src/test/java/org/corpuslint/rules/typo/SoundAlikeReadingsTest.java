package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Readings of a lower-case slip misspelt by ear: a vowel put for another, or a silent e added,
 * rank with a slip of the keys when the corpus uses the word they read as; of a word it does
 * not use they stay behind. Sentences written for these tests.
 */
class SoundAlikeReadingsTest {

    private static RuleFixture sides() {
        return corpus("But we stayed, but they left. ", "Both sides agreed to it. ",
                "The bush was cut back. ");
    }

    @Test
    void aVowelPutForAnotherReadsAsTheWordTheCorpusUses() {
        // both: o heard as u; but (an h added) and bush (s struck as h) are no likelier.
        assertEquals(List.of("x.txt:1:17-1:21 error [typo] 'buth' is not in the dictionary;"
                        + " did you mean 'both'? | fix: replace with 'both' => 1:17-1:21 \"both\""),
                findings(sides().doc("x.txt", "It was good for buth of them.")));
    }

    @Test
    void aVowelReadingOfAWordTheCorpusDoesNotUseStaysBehind() {
        RuleFixture withoutBoth = corpus("But we stayed, but they left. ",
                "The bush was cut back. ");
        assertEquals(List.of("x.txt:1:17-1:21 error [typo] 'buth' is not in the dictionary;"
                        + " did you mean 'but'? | fix: replace with 'but' => 1:17-1:21 \"but\""),
                findings(withoutBoth.doc("x.txt", "It was good for buth of them.")));
    }

    private static RuleFixture training() {
        return corpus("They train every day. ", "We train at night. ", "You train with us. ",
                "She trained hard for it. ", "Two trains left the town. ");
    }

    @Test
    void aSilentEAddedReadsAsTheWordWithoutIt() {
        assertEquals(List.of("x.txt:1:11-1:17 warning [typo] 'traine' is not in the dictionary;"
                        + " did you mean 'train' or 'trained'?"),
                findings(training().doc("x.txt", "They will traine at home.")));
    }

    @Test
    void aSoundAndASlipOfTheKeysAreBothNamed() {
        // many (o heard for a) and money (its e left out): neither is singled out.
        assertEquals(List.of("x.txt:1:12-1:16 warning [typo] 'mony' is not in the dictionary;"
                        + " did you mean 'money' or 'many'?"),
                findings(corpus("Many of them came. ", "We have many of those. ",
                        "They paid money for it. ", "The money was spent. ")
                        .doc("x.txt", "There were mony at the door.")));
    }

    @Test
    void soundsAlikeKnowsItsTwoClasses() {
        assertTrue(LowerCaseSlips.soundsAlike("buth", "both"));
        assertTrue(LowerCaseSlips.soundsAlike("coache", "coach"));
        // An e after a vowel is no silent e, and a consonant for a vowel is no sound-alike.
        assertFalse(LowerCaseSlips.soundsAlike("taboe", "tabo"));
        assertFalse(LowerCaseSlips.soundsAlike("bush", "buth"));
        assertFalse(LowerCaseSlips.soundsAlike("trained", "train"));
    }
}
