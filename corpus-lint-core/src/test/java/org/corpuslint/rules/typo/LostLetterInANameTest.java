package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A capitalised dictionary word that is a name of the corpus with a letter lost, beside the
 * name's other word ({@link LostLetterInAName}): found where the corpus writes the full name
 * beside that word three times or more; quiet where it does so less, where the short form is
 * written elsewhere too, where it is a listed name of people, and where the first letter is the
 * one lost. Fixtures written for these tests.
 */
class LostLetterInANameTest {

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** The corpus names the resort in full beside its other word {@code times} times. */
    private static RuleFixture resortNamed(int times, String... more) {
        String[] docs = new String[times + more.length];
        for (int k = 0; k < times; k++) {
            docs[k] = "The festival in Palm Springs drew crowds on day " + (k + 1) + ".";
        }
        System.arraycopy(more, 0, docs, times, more.length);
        return EverydayCorpus.with(docs);
    }

    @Test
    void aLetterLostBesideTheNamesOtherWordIsASlip() {
        // sprigs is English, so no speller sees it; the resort's other word says what was meant.
        assertEquals(List.of("c3.txt:1:22-1:28 error [typo] 'Sprigs' is a real word, but the"
                        + " corpus writes 'Palm Springs' 3 times; did you mean 'Springs'?"
                        + " | fix: replace with 'Springs' => 1:22-1:28 \"Springs\""),
                findings(resortNamed(3, "They flew on to Palm Sprigs that night.")));
    }

    @Test
    void aDoubledLetterWrittenOnceBeforeTheNamesOtherWordIsASlip() {
        // The programme's name is two common words; the slip stands before the other one.
        RuleFixture corpus = EverydayCorpus.with(
                "The sitcom Dinner Ladies returns tonight.",
                "Fans of Dinner Ladies queued early.",
                "A new series of Dinner Ladies was ordered.",
                "Critics said Diner Ladies had lost its bite.");
        assertEquals(List.of("c3.txt:1:14-1:19 error [typo] 'Diner' is a real word, but the"
                        + " corpus writes 'Dinner Ladies' 3 times; did you mean 'Dinner'?"
                        + " | fix: replace with 'Dinner' => 1:14-1:19 \"Dinner\""),
                findings(corpus));
    }

    @Test
    void aNameInItsOwnRightAfterAWordOfGrammarIsASlip() {
        // Sumer is a name the dictionary knows, and My a given name on the lists; but here My is
        // the word, the first of a programme's title the corpus writes three times.
        RuleFixture corpus = EverydayCorpus.with(
                "The show My Summer Garden returns today.", "Critics liked My Summer Garden.",
                "A book of My Summer Garden is planned.", "She wrote for My Sumer Garden.");
        assertEquals(List.of("c3.txt:1:18-1:23 error [typo] 'Sumer' is a real word, but the"
                        + " corpus writes 'My Summer' 3 times; did you mean 'Summer'?"
                        + " | fix: replace with 'Summer' => 1:18-1:23 \"Summer\""),
                findings(corpus));
    }

    @Test
    void aNameWrittenBesideItsOtherWordTwiceIsNoEvidence() {
        assertEquals(List.of(), findings(resortNamed(2, "They flew on to Palm Sprigs that night.")));
    }

    @Test
    void aShortFormTheCorpusWritesAgainIsAWordOfItsOwn() {
        assertEquals(List.of(), findings(resortNamed(3, "They flew on to Palm Sprigs that night.",
                "Cooks add Sprigs of mint.")));
    }

    @Test
    void aListedNameOneLetterShortIsAnotherPerson() {
        // Davis is a surname in its own right, though the corpus pairs the given name with Davies.
        assertEquals(List.of(), findings(EverydayCorpus.with(
                "The singer Ray Davies played first.", "Ray Davies wrote the song.",
                "A film about Ray Davies opens soon.", "The lawyer Ray Davis said no.")));
    }

    @Test
    void aNameInItsOwnRightBesideAGivenNameIsAnotherPerson() {
        // Huston is a name the dictionary knows: with a given name, another man's full name.
        assertEquals(List.of(), findings(EverydayCorpus.with(
                "The senator John Houston spoke first.", "John Houston wrote the bill.",
                "A film about John Houston opens soon.", "The old film by John Huston was shown.")));
    }

    @Test
    void theFirstLetterLostIsNotThisSlip() {
        // Rains is English and Trains with its first letter lost, but a typist seldom drops the
        // first letter of a word: a word so different is as often meant.
        assertEquals(List.of(), findings(EverydayCorpus.with(
                "The band Ghost Trains played first.", "Ghost Trains wrote the song.",
                "A film about Ghost Trains opens soon.", "Then Ghost Rains came on stage.")));
    }

    // --- after a title of address, the article's own use of the title with the name ---

    @Test
    void aLetterLostAfterTheTitleTheArticleGivesTheNameIsASlip() {
        // ware is English and Ware a surname too; the article calls one man Mr Warne.
        assertEquals(List.of("c0.txt:1:55-1:59 error [typo] 'Ware' is a real word, but this"
                        + " document writes 'Mr Warne'; did you mean 'Warne's'? | fix: replace"
                        + " with 'Warne' => 1:55-1:59 \"Warne\""),
                findings(EverydayCorpus.with("Mr Warne spoke first. The club backed"
                        + " the plan and Mr Ware's deal was signed.")));
    }

    @Test
    void theFullNameWithoutTheTitleIsNoEvidence() {
        assertEquals(List.of(), findings(EverydayCorpus.with("Shane Warne spoke first. The club"
                + " backed the plan and Mr Ware's deal was signed.")));
    }

    @Test
    void anotherTitleIsAnotherPerson() {
        assertEquals(List.of(), findings(EverydayCorpus.with("Mr Warne spoke first. The club"
                + " backed the plan and Dr Ware's deal was signed.")));
    }

    @Test
    void aShortFormTheCorpusWritesAgainIsAnotherPerson() {
        assertEquals(List.of(), findings(EverydayCorpus.with("Mr Warne spoke first. The club"
                + " backed the plan and Mr Ware's deal was signed.", "Mr Ware sold the farm.")));
    }
}
