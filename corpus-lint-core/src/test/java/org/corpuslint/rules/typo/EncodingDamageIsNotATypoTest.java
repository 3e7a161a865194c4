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
}
