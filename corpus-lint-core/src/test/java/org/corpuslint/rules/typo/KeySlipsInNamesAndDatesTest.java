package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Capitalised slips told by the structure around them: a slip of the keys on a given name or
 * surname standing in a full name, a form no one could say inside a name of bodies written
 * twice, the last letter of a word of names struck on any key, and a month's name mistyped
 * beside the number of a date. Each is pinned found and
 * quiet on sentences written for these tests.
 */
class KeySlipsInNamesAndDatesTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** Gordon, a given name of the lists, three times in the corpus, each time with others. */
    private static final String[] GORDONS = {
        "Gordon Hale opened the fair. Gordon Hale said the tents were dry.",
        "Later Gordon Reeve came by bus."};

    private static RuleFixture withGordons(String document) {
        return EverydayCorpus.with(GORDONS[0], GORDONS[1], document);
    }

    @Test
    void consonantLostInAGivenNameBeforeASurname() {
        assertEquals(List.of("c2.txt:1:13-1:18 warning [typo] 'Goron' is close to 'Gordon', a"
                        + " name used 3 times in the corpus; 'Goron' is nobody's name"),
                findings(withGordons("On Tuesday, Goron Walsh said the fair was good.")));
    }

    @Test
    void neighbouringKeyInAGivenNameBeforeASurname() {
        assertEquals(List.of("c2.txt:1:13-1:19 warning [typo] 'Gotdon' is close to 'Gordon', a"
                        + " name used 3 times in the corpus; 'Gotdon' is nobody's name"),
                findings(withGordons("On Tuesday, Gotdon Walsh said the fair was good.")));
    }

    @Test
    void aVowelLostStaysQuiet() {
        // Alson for Alison still reads as a name: as often another person as a slip.
        assertEquals(List.of(),
                findings(EverydayCorpus.with("Alison Hale opened the fair. Alison Hale spoke.",
                        "Later Alison Reeve came by bus.",
                        "On Tuesday, Alson Walsh said the fair was good.")));
    }

    @Test
    void aTwoLetterWordBeforeTheNameIsNoGivenName() {
        assertEquals(List.of(),
                findings(withGordons("It was in the weekly Le Goron on Tuesday.")));
    }

    @Test
    void aLetterStruckFarFromItsKeyStaysQuiet() {
        assertEquals(List.of(),
                findings(withGordons("On Tuesday, Goxdon Walsh said the fair was good.")));
    }

    @Test
    void aNameTheCorpusWritesOnceStaysQuiet() {
        assertEquals(List.of(),
                findings(EverydayCorpus.with(GORDONS[1],
                        "On Tuesday, Goron Walsh said the fair was good.")));
    }

    /**
     * KTV Sport three times in the corpus: too few to outweigh a form written twice, unless no
     * one could say that form.
     */
    private static RuleFixture channel(String slip) {
        return EverydayCorpus.with("He told KTV Sport the match was hard.",
                "KTV Sport showed the game. The fans watched KTV Sport at home.",
                "Later he told KTV " + slip + " that it was over.",
                "The coach spoke to KTV " + slip + " on the phone.");
    }

    @Test
    void anUnsayableFormInsideANameWrittenTwiceIsStillASlip() {
        assertEquals(List.of("c2.txt:1:19-1:23 error [typo] 'Sprt' is close to 'Sport', as in"
                        + " 'KTV Sport', 3 times in the corpus"
                        + " | fix: replace with 'Sport' => 1:19-1:23 \"Sport\"",
                        "c3.txt:1:24-1:28 error [typo] 'Sprt' is close to 'Sport', as in"
                        + " 'KTV Sport', 3 times in the corpus"
                        + " | fix: replace with 'Sport' => 1:24-1:28 \"Sport\""),
                findings(channel("Sprt")));
    }

    @Test
    void aSayableFormInsideANameWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(channel("Sporf")));
    }

    private static RuleFixture dates(String sentence) {
        return EverydayCorpus.with("In August the fair opened. August was dry.", sentence);
    }

    @Test
    void aMonthMistypedBeforeAYear() {
        assertEquals(List.of("c1.txt:1:4-1:9 error [typo] 'Agust' is close to 'August', a"
                        + " month's name used 2 times in the corpus, beside a date's number"
                        + " | fix: replace with 'August' => 1:4-1:9 \"August\""),
                findings(dates("In Agust 2004 the fair closed.")));
    }

    @Test
    void aMonthMistypedAfterADay() {
        assertEquals(List.of("c1.txt:1:7-1:12 error [typo] 'Agust' is close to 'August', a"
                        + " month's name used 2 times in the corpus, beside a date's number"
                        + " | fix: replace with 'August' => 1:7-1:12 \"August\""),
                findings(dates("On 14 Agust the fair closed.")));
    }

    @Test
    void theSameFormWithoutANumberStaysQuiet() {
        assertEquals(List.of(), findings(dates("In Agust the fair closed.")));
    }

    @Test
    void theSameFormBeforeAnAmountStaysQuiet() {
        assertEquals(List.of(), findings(dates("He paid Agust 1,500 for the stall.")));
    }

    /** Trust, capitalised in names twice; lower-case trust is everyday English. */
    private static RuleFixture trusts(String sentence) {
        return EverydayCorpus.with("The Garden Trust met. The Harbour Trust agreed. We trust them.",
                sentence);
    }

    @Test
    void lastLetterOfAWordOfNamesStruckOnAnyKey() {
        assertEquals(List.of("c1.txt:1:26-1:31 warning [typo] 'Trusp' is close to 'Trust', a word"
                        + " of names used 2 times in the corpus"),
                findings(trusts("They wrote to the County Trusp about the lake.")));
    }

    @Test
    void lastLetterStruckBeforeOfAndAName() {
        assertEquals(List.of("c1.txt:1:9-1:14 warning [typo] 'Trusp' is close to 'Trust', a word"
                        + " of names used 2 times in the corpus"),
                findings(trusts("The new Trusp of Kent met.")));
    }

    @Test
    void aLetterStruckInsideTheWordStaysQuiet() {
        assertEquals(List.of(), findings(trusts("They wrote to the County Trost about the lake.")));
    }

    @Test
    void theLastLetterStruckOnAWordOutsideANameStaysQuiet() {
        assertEquals(List.of(), findings(trusts("They said Trusp was gone.")));
    }
}
