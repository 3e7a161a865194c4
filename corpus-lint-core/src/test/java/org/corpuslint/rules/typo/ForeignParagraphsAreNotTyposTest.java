package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** Paragraphs in another language are the language rule's findings, not misspellings. */
class ForeignParagraphsAreNotTyposTest {

    @Test
    void aParagraphInAnotherLanguageIsSkipped() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt",
                "The museum reopened on Sunday after a year of repairs to its leaking roof.",
                "Das Museum hat am Sonntag nach einem Jahr der Reparaturen am undichten Dach"
                        + " wieder geöffnet, teilte die Stadt mit.",
                "Visitors queued for an hour to see the restored paintings in the main hall.")
                .findings(TypoRule::new));
    }
}
