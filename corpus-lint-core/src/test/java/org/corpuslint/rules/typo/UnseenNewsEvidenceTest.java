package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.EverydayCorpus.EVERYDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * The classes of evidence that hold on news the rule was not tuned on: a slip inside a name of
 * bodies, regular forms of known words, foreign phrases and deliberate spellings, run-together
 * words that read in their sentence, a slip repeated across articles, and a warning without a
 * fix when no word is close enough. Each class is pinned found and quiet on our own sentences.
 */
class UnseenNewsEvidenceTest {

    /** A corpus that capitalises Health in names of bodies three times. */
    private static RuleFixture healthNames() {
        RuleFixture corpus = RuleFixture.corpus().doc("a.txt", EVERYDAY);
        for (int i = 0; i < 3; i++) {
            corpus.doc("h" + i + ".txt", "The Health Ministry spoke on day " + i + ".");
        }
        return corpus;
    }

    private static List<String> findings(RuleFixture corpus) {
        return corpus.findings(TypoRule::new);
    }

    @Test
    void slipOfADictionaryWordInsideANameOfBodiesIsATypo() {
        assertEquals(List.of("x.txt:1:12-1:18 warning [typo] 'Hwalth' is close to 'Health', a word"
                        + " of names used 3 times in the corpus"),
                findings(healthNames().doc("x.txt", "The Global Hwalth Forum met.")));
    }

    @Test
    void sameSlipBesideAGivenNameIsAPersonAndStaysQuiet() {
        assertEquals(List.of(),
                findings(healthNames().doc("x.txt", "The singer Andre Hwalth sang.")));
    }

    @Test
    void regularFormsOfKnownWordsStayQuiet() {
        // forum -> forumed, frontman -> frontmanned, tabloid -> tabloidish: no dictionary has
        // them, the tagger knows their stems as nouns.
        assertEquals(List.of(), findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                .doc("x.txt", "The firm forumed, frontmanned and went tabloidish.")));
    }

    @Test
    void silentEKeptBeforeAVowelIsNoRegularForm() {
        assertEquals(List.of("x.txt:1:5-1:12 error [typo] 'rateing' is not in the dictionary; did"
                        + " you mean 'rating'? | fix: replace with 'rating' => 1:5-1:12 \"rating\""),
                findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                        .doc("x.txt", "The rateing was low.")));
    }

    /** A species name after its abbreviated genus is Latin, not a misspelt English word. */
    @Test
    void speciesAfterAnAbbreviatedGenusStaysQuiet() {
        assertEquals(List.of(), findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                .doc("x.txt", "Traces of B. bovinus and F.felis were found in the tank.")));
    }

    /** The same word standing on its own, or after a word ending in a capital, is checked. */
    @Test
    void theSameWordWithoutALoneInitialIsChecked() {
        assertEquals(List.of("x.txt:1:11-1:18 error [typo] 'bovinus' is not in the dictionary; did"
                        + " you mean 'bovines'? | fix: replace with 'bovines' => 1:11-1:18"
                        + " \"bovines\"",
                // felids, in the dictionary but written by no text, gives way to fells and felts.
                "x.txt:1:35-1:40 warning [typo] 'felis' is not in the dictionary; did you mean"
                        + " 'fells' or 'felts'?"),
                findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                        .doc("x.txt", "Traces of bovinus were in the EU. felis samples.")));
    }

    /** What is left of a censored word is no misspelling; the same letters alone are checked. */
    @Test
    void theRestOfACensoredWordStaysQuiet() {
        assertEquals(List.of("x.txt:1:92-1:97 warning [typo] 'stoks' is not in the dictionary;"
                        + " did you mean 'stocks' or 'storks'?",
                "y.txt:1:18-1:23 warning [typo] 'farse' is not in the dictionary; did you mean"
                        + " 'fares' or 'fare'?"), findings(RuleFixture.corpus()
                .doc("a.txt", EVERYDAY)
                .doc("x.txt", "In the port, in the town and in the hall, in truth, in the end, it was a"
                        + " f---ing mess, the stoks fell.")
                .doc("y.txt", "It was a f***ing farse.")));
    }

    /** A credit label in brackets makes a caption credit, whose names are no words to check. */
    @Test
    void aCreditAfterALabelInBracketsStaysQuiet() {
        assertEquals(List.of("x.txt:2:5-2:10 warning [typo] 'stoks' is not in the dictionary;"
                        + " did you mean 'stocks' or 'storks'?"),
                findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                        .doc("x.txt", "The harbour at dawn (Image: stoks )",
                                "The stoks fell.")));
    }

    @Test
    void foreignPhrasesAndDeliberateSpellingsStayQuiet() {
        assertEquals(List.of(), findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                .doc("x.txt", "We ordered cerveza de barril there.",
                        "He called it 'orrible, a loooooong wait.")));
    }

    @Test
    void runTogetherSplitMustReadInItsSentence() {
        // 'pest is' needs a word after 'is'; before a comma it is no split.
        assertEquals(List.of("x.txt:1:5-1:11 error [typo] 'pestis' is not in the dictionary; two"
                        + " words run together: 'pest is' | fix: replace with 'pest is' =>"
                        + " 1:5-1:11 \"pest is\""),
                findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                        .doc("x.txt", "The pestis spreading.")));
        assertEquals(List.of("x.txt:1:10-1:16 warning [typo] 'pestis' is not in the dictionary;"
                        + " did you mean 'pests' or 'pastis'?"),
                findings(RuleFixture.corpus().doc("a.txt", EVERYDAY)
                        .doc("x.txt", "It was a pestis, they said.")));
    }

    @Test
    void sameSlipOfACommonWordInSeveralArticlesIsStillASlip() {
        // 'being' 90 times, 'beng' 3: twenty times commoner, so the same slip made again.
        RuleFixture corpus = RuleFixture.corpus().doc("a.txt", EVERYDAY).doc("c.txt", EVERYDAY)
                .doc("d.txt", EVERYDAY);
        for (int i = 0; i < 3; i++) {
            corpus.doc("b" + i + ".txt", "Their needs are beng met " + i + ".");
        }
        assertEquals(List.of(
                "b0.txt:1:17-1:21 error [typo] 'beng' is not in the dictionary; did you mean"
                        + " 'being'? | fix: replace with 'being' => 1:17-1:21 \"being\"",
                "b1.txt:1:17-1:21 error [typo] 'beng' is not in the dictionary; did you mean"
                        + " 'being'? | fix: replace with 'being' => 1:17-1:21 \"being\"",
                "b2.txt:1:17-1:21 error [typo] 'beng' is not in the dictionary; did you mean"
                        + " 'being'? | fix: replace with 'being' => 1:17-1:21 \"being\""),
                findings(corpus));
    }

    @Test
    void wordOfTheCorpusUsedInSeveralArticlesStaysQuiet() {
        RuleFixture corpus = RuleFixture.corpus().doc("a.txt", EVERYDAY);
        for (int i = 0; i < 3; i++) {
            corpus.doc("b" + i + ".txt", "The zorbing club met " + i + " times.");
        }
        assertEquals(List.of(), findings(corpus));
    }

    @Test
    void thresholdsCanBeChangedByName() {
        TypoThresholds lower = TypoThresholds.DEFAULTS.with("nameWordUses", 4);
        assertEquals(4, lower.nameWordUses());
        assertEquals(List.of(), healthNames().doc("x.txt", "The Global Hwalth Forum met.")
                .findings(() -> new TypoRule(lower)));
    }
}
