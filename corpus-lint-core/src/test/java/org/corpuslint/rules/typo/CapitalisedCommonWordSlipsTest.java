package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Slips of common words the corpus writes with a capital ({@link CapitalisedWordSlips}), letters
 * no word has inside a body's name, and contractions without their apostrophe
 * ({@link ContractionWithoutApostrophe}). Each class is pinned found, and each guard quiet on the
 * real names it protects: a surname beside a given name, a foreign given name on the lists, a
 * brand that doubles a letter, a stage name used twice, the plural of a family's name, a body's
 * own respelling of a word.
 */
class CapitalisedCommonWordSlipsTest {

    private static RuleFixture corpus(String... documents) {
        return EverydayCorpus.with(documents);
    }

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** The corpus writes Council with a capital twice, and council in lower case. */
    private static RuleFixture councils() {
        return corpus("The Council met in the town.", "The Council voted on it.",
                "The council is large. A council house was sold.");
    }

    @Test
    void neighbouringKeyOnACommonWordTheCorpusCapitalises() {
        assertEquals(List.of("x.txt:1:13-1:20 warning [typo] 'Counvil' is close to 'Council',"
                        + " a common word the corpus writes with a capital 2 times"),
                findings(councils().doc("x.txt", "He said his Counvil was fair.")));
    }

    @Test
    void theSameSlipBesideAGivenNameIsASurname() {
        assertEquals(List.of(),
                findings(councils().doc("x.txt", "She met Anna Counvil there.")));
    }

    @Test
    void twoLettersSwappedOnAWordTheCorpusUsesOftenInLowerCase() {
        assertEquals(List.of("x.txt:1:15-1:23 warning [typo] 'Asesmbly' is close to 'Assembly',"
                        + " a common word the corpus writes with a capital once"),
                findings(corpus("The assembly met. ".repeat(10), "The Assembly sat.")
                        .doc("x.txt", "Yesterday the Asesmbly sat late.")));
    }

    private static RuleFixture talents() {
        return corpus("The Talent show ended.", "The Talent prize went far.",
                "Her talent is rare.");
    }

    @Test
    void theLastKeyStruckTwiceOnACommonWordTheCorpusCapitalises() {
        assertEquals(List.of("x.txt:1:16-1:23 warning [typo] 'Talentt' is close to 'Talent',"
                        + " a common word the corpus writes with a capital 2 times"),
                findings(talents().doc("x.txt", "She joined the Talentt show.")));
    }

    @Test
    void aBrandDoublingALetterOfACommonWordStaysQuiet() {
        assertEquals(List.of(),
                findings(talents().doc("x.txt", "She joined the Tallent agency.")));
    }

    @Test
    void aVowelLeftOutOfAWordTheCorpusCapitalisesOften() {
        assertEquals(List.of("x.txt:1:11-1:16 error [typo] 'Sente' is close to 'Senate', a common"
                        + " word the corpus writes with a capital 10 times"
                        + " | fix: replace with 'Senate' => 1:11-1:16 \"Senate\""),
                findings(corpus("The Senate sat. ".repeat(10))
                        .doc("x.txt", "Later the Sente voted.")));
    }

    @Test
    void aLetterLeftOutOfAGivenNameWhoseCommonReadingIsRareStaysQuiet() {
        assertEquals(List.of(),
                findings(corpus("Martin spoke. ".repeat(10))
                        .doc("x.txt", "He spoke to Le Matin, the daily.")));
    }

    private static RuleFixture angels() {
        return corpus("The Angels sang in the hall.", "The Angels won again.",
                "The angels fly. Her angels sing.");
    }

    @Test
    void aForeignGivenNameOnTheListsStaysQuiet() {
        assertEquals(List.of(),
                findings(angels().doc("x.txt", "The singer Angele spoke to us.")));
    }

    private static RuleFixture players() {
        return corpus("The Players met in the hall.", "The Players won again.",
                "The players ran. Her players sang.");
    }

    @Test
    void aStageNameWrittenOnceIsASlip() {
        assertEquals(List.of("x.txt:1:10-1:17 warning [typo] 'Playerz' is close to 'Players',"
                        + " a common word the corpus writes with a capital 2 times"),
                findings(players().doc("x.txt", "The band Playerz sang.")));
    }

    @Test
    void aStageNameWrittenInTwoArticlesIsTheActsName() {
        assertEquals(List.of(),
                findings(players().doc("x.txt", "The band Playerz sang.")
                        .doc("y.txt", "We heard the band Playerz live.")));
    }

    @Test
    void thePluralOfAFamilysNameStaysQuiet() {
        assertEquals(List.of(),
                findings(players().doc("x.txt", "Tom Playet wrote it. The Playets live here.")));
    }

    /** The corpus names firms with Research and Telecom, and writes both in lower case. */
    private static RuleFixture firms() {
        return corpus("He joined Delta Research last year.", "Delta Research grew.",
                "The research was new. Research helps.", "He joined Delta Telecom.",
                "The Telecom firm grew. A telecom deal.");
    }

    @Test
    void aLetterNoWordHasInsideABodysName() {
        assertEquals(List.of("x.txt:1:21-1:29 warning [typo] 'Reseaqch' is close to 'Research',"
                        + " a word of names used 3 times in the corpus"),
                findings(firms().doc("x.txt", "An analyst at Orbit Reseaqch said so.")));
    }

    @Test
    void aBodysOwnRespellingWithOrdinaryLettersStaysQuiet() {
        assertEquals(List.of(),
                findings(firms().doc("x.txt", "An analyst at Orbit Telekom said so.")));
    }

    private static final String THEY_HAVE = "They've gone. They've won. ";

    @Test
    void aContractionWithoutItsApostrophe() {
        assertEquals(List.of("x.txt:1:1-1:7 error [typo] 'Theyve' is a contraction without its"
                        + " apostrophe; did you mean 'They've'? (the corpus writes it 2 times)"
                        + " | fix: replace with 'They've' => 1:1-1:7 \"They've\""),
                findings(corpus(THEY_HAVE).doc("x.txt", "Theyve gone home.")));
    }

    @Test
    void aNameBeforeAnSIsAPluralNotAContraction() {
        assertEquals(List.of(),
                findings(corpus("Kowalski's car. Kowalski's dog.")
                        .doc("x.txt", "The Kowalskis came home.")));
    }
}
