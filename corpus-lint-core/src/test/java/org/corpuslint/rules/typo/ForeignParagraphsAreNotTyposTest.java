package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** Paragraphs in another language are the language rule's findings, not misspellings. */
class ForeignParagraphsAreNotTyposTest {

    private static final String GERMAN = "Das Museum hat am Sonntag nach einem Jahr der"
            + " Reparaturen am undichten Dach wieder geöffnet, teilte die Stadt mit.";

    @Test
    void aParagraphInAnotherLanguageIsSkipped() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt",
                "The museum reopened on Sunday after a year of repairs to its leaking roof.",
                GERMAN,
                "Visitors queued for an hour to see the restored paintings in the main hall.")
                .findings(TypoRule::new));
    }

    /**
     * The language of the paragraphs is asked for only when the article has a finding; then
     * the English slip stays and the German words go.
     */
    @Test
    void aSlipInTheEnglishBesideItIsStillFound() {
        List<String> findings = EverydayCorpus.findings(
                "People have gone hoem. Their needs are being met.\n" + GERMAN);
        assertEquals(List.of(
                "c0.txt:1:18-1:22 error [typo] 'hoem' is not in the dictionary; did you mean"
                        + " 'home'? | fix: replace with 'home' => 1:18-1:22 \"home\""),
                findings);
    }
}
