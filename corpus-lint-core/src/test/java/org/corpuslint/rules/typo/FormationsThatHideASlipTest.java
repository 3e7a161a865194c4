package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Words that read as a regular formation of a known word but that English does not form so:
 * a suffix on a form already inflected, the stem of an -s form that belongs to another lemma, a
 * plural on a word that takes none, a consonant left single where the dictionary doubles it;
 * and the real formations beside them that must stay quiet.
 * Fixtures written for these tests.
 */
class FormationsThatHideASlipTest {

    private static List<String> findings(String text) {
        return RuleFixture.corpus().doc("a.txt", EverydayCorpus.EVERYDAY).doc("x.txt", text)
                .findings(TypoRule::new);
    }

    @Test
    void aSuffixOnAnInflectedFormIsNoFormation() {
        // walks + ers: an agent noun is made from the verb, not from its -s form
        assertEquals(List.of("x.txt:1:10-1:18 error [typo] 'walksers' is not in the dictionary;"
                        + " did you mean 'walkers'? | fix: replace with 'walkers' => 1:10-1:18"
                        + " \"walkers\""),
                findings("The park walksers came early."));
    }

    @Test
    void aSuffixOnAParticipleStaysAFormation() {
        // the plural of a gerund is a noun of its own
        assertEquals(List.of(), findings("After long haranguings they went home."));
    }

    @Test
    void aWordCutFromAnotherLemmasPluralIsNoStem() {
        // cities is a form of city: citie + s is no plural of citie
        assertEquals(List.of("x.txt:1:5-1:10 error [typo] 'citie' is not in the dictionary; did"
                        + " you mean 'cities'? | fix: replace with 'cities' => 1:5-1:10"
                        + " \"cities\""),
                findings("Two citie were flooded."));
    }

    @Test
    void aWordEndingInSilentEThatTakesNoPluralIsNoStemOfOne() {
        // those + s, read as thos + e + es: a determiner has no plural
        assertEquals(List.of("x.txt:1:15-1:21 error [typo] 'thoses' is not in the dictionary;"
                        + " did you mean 'those'? | fix: replace with 'those' => 1:15-1:21"
                        + " \"those\""),
                findings("We gave it to thoses who came."));
    }

    @Test
    void aConsonantLeftSingleWhereTheDictionaryDoublesItIsASlip() {
        assertEquals(List.of("x.txt:1:13-1:22 error [typo] 'patroling' is not in the dictionary,"
                        + " nor a regular form; did you mean 'patrolling'? | fix: replace with"
                        + " 'patrolling' => 1:13-1:22 \"patrolling\""),
                findings("Police were patroling the park."));
    }

    @Test
    void aFormOfAStemNoTextWritesIsNoFormation() {
        // util + y: util is in the lists' lowest frequency class, and this corpus never writes it
        assertEquals(List.of("x.txt:1:5-1:10 warning [typo] 'utily' is not in the dictionary;"
                        + " did you mean 'utile' or 'util'?"),
                findings("The utily bills rose."));
    }

    @Test
    void aFormOfAStemTheCorpusWritesStaysAFormation() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", EverydayCorpus.EVERYDAY)
                .doc("b.txt", "The util module.").doc("c.txt", "The util tool.")
                .doc("x.txt", "The utily bills rose.").findings(TypoRule::new));
    }

    @Test
    void aSingleConsonantAfterAStemInSilentEIsThatEDropped() {
        // copers: those who cope, not a misspelt coppers
        assertEquals(List.of(), findings("The copers and the hopers went home."));
    }
}
