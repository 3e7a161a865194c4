package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** Words damaged by encoding are the encoding rule's findings, not misspellings. */
class EncodingDamageIsNotATypoTest {

    @Test
    void damagedWordsAreSkipped() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt",
                "The minister visited the factory on Monday.",
                "The goverÃ±ment spokesman and the cafÃ© owner met the prÃ©sident.",
                "Her deÂ­cision on the refÂ­erendum came after the Govern\u00ADment vote.",
                "The <strong>chairman</strong> and the &lt;p&gt;treasurer agreed.",
                "The Mаnаger of the Pres\u200Bident office spoke.")
                .findings(TypoRule::new));
    }

    /**
     * The encoding analysis is asked for only when the article has a finding; then the slip
     * stays and the damaged words go.
     */
    @Test
    void aSlipBesideDamagedWordsIsStillFound() {
        assertEquals(List.of(
                "c0.txt:1:18-1:22 error [typo] 'hoem' is not in the dictionary; did you mean"
                        + " 'home'? | fix: replace with 'home' => 1:18-1:22 \"home\""),
                EverydayCorpus.findings("People have gone hoem. The goverÃ±ment spokesman and"
                        + " the cafÃ© owner met the prÃ©sident."));
    }
}
