package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A four-letter lower-case word no dictionary knows, with several readings one slip away or
 * none, in plain prose ({@link ShortMisspellings}): a warning without a fix that names the
 * likeliest readings. Abbreviations, the lower case of the corpus's acronyms, plurals of
 * clippings, text-speak beside other non-words, words the corpus writes again, parts of
 * hyphenated words and three-letter words stay quiet. Sentences written for these tests.
 */
class ShortMisspellingsTest {

    private static RuleFixture harbour() {
        return corpus("The boats went out to sea at dawn. ", "They sold the catch at noon. ",
                "The harbour was busy all week. ");
    }

    @Test
    void fourLettersWithSeveralReadingsInPlainProseAreAWarningWithoutAFix() {
        // boat and boar are a key away, neither a neighbour of c: too short to choose.
        assertEquals(List.of("x.txt:1:19-1:23 warning [typo] 'boac' is not in the dictionary,"
                        + " and too short to tell which word was meant; perhaps 'boat' or"
                        + " 'boar'?"),
                findings(harbour().doc("x.txt", "The crew sold the boac before dawn.")));
    }

    @Test
    void theStemOfAWordInYIsJudgedAsASlipWhenItIsThisShort() {
        // pudgy less its y: at four letters a letter lost, not a noun pudg the dictionary lacks.
        assertEquals(List.of("x.txt:1:19-1:23 error [typo] 'pudg' is not in the dictionary; did"
                        + " you mean 'pudgy'? | fix: replace with 'pudgy' => 1:19-1:23"
                        + " \"pudgy\""),
                findings(harbour().doc("x.txt", "The crew sold the pudg catch at noon.")));
    }

    @Test
    void noVowelIsAnAbbreviation() {
        assertEquals(List.of(),
                findings(harbour().doc("x.txt", "The crew sold the brdc catch at noon.")));
    }

    @Test
    void theLowerCaseOfAnAcronymTheCorpusWritesIsTheAcronym() {
        assertEquals(List.of(),
                findings(harbour().doc("a.txt", "The BOAC fleet sailed.")
                        .doc("x.txt", "The crew sold the boac catch at noon.")));
    }

    @Test
    void aWordTheCorpusWritesAgainIsItsOwn() {
        assertEquals(List.of(),
                findings(harbour().doc("a.txt", "They saw the boac at dawn.")
                        .doc("x.txt", "The crew sold the boac before dawn.")));
    }

    @Test
    void thePluralOfAThreeLetterStemIsAClipping() {
        assertEquals(List.of(),
                findings(harbour().doc("x.txt", "The crew sold the zims before dawn.")));
    }

    @Test
    void besideAnotherNonWordItIsTextSpeak() {
        assertEquals(List.of(),
                findings(harbour().doc("x.txt", "He wrote: tell boac xqzv we sail at dawn.")));
    }

    @Test
    void besideAnotherNonWordThatReadsAsASlipItIsTextSpeakToo() {
        // wud is one slip from mud and bud, yet beside boac it says the message is text-speak.
        assertEquals(List.of(),
                findings(harbour().doc("x.txt", "He wrote: tell boac we wud sail at dawn.")));
    }

    @Test
    void aPartOfAHyphenatedWordIsNotJudgedAlone() {
        assertEquals(List.of(),
                findings(harbour().doc("x.txt", "The crew sold the boac-like catch at noon.")));
    }

    @Test
    void threeLettersStayQuiet() {
        assertEquals(List.of(),
                findings(harbour().doc("x.txt", "The crew sold the boc before dawn.")));
    }
}
