package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The s of a possessive left out after a name, on sentences written for these tests. */
class PossessiveWithoutSTest {

    private static RuleFixture corpus() {
        return RuleFixture.corpus().doc("a.txt", "Mozart's letters were sold. We read Mozart's"
                + " diary. Jones' house stood.");
    }

    private static List<String> findings(RuleFixture corpus) {
        return corpus.findings(TypoRule::new);
    }

    @Test
    void nameTheCorpusWritesWithAPossessiveSLosesItsS() {
        assertEquals(List.of("x.txt:1:11-1:18 error [typo] 'Mozart'' is a possessive without its"
                        + " s; did you mean 'Mozart's'? (the corpus writes 'Mozart's' 2 times)"
                        + " | fix: replace with 'Mozart's' => 1:11-1:18 \"Mozart's\""),
                findings(corpus().doc("x.txt", "They sang Mozart' songs.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "They sang 'Mozart' songs.", // a quotation closed
        "They sang `Mozart' songs.",
        "They sat in Jones' house.", // a name in s takes the apostrophe alone
        "They sang Mozart' Songs.", // no possessed word follows
    })
    void closingQuotesAndNamesInSStayQuiet(String sentence) {
        assertEquals(List.of(), findings(corpus().doc("x.txt", sentence)));
    }

    @Test
    void nameTheCorpusNeverWritesWithAPossessiveStaysQuiet() {
        assertEquals(List.of(), findings(corpus().doc("x.txt", "They sang Haydn' songs.")));
    }
}
