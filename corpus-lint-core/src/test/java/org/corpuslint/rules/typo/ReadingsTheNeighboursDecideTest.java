package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reading of a misspelling that the words beside it support ({@link NeighbourPairs}): the
 * fixture corpus's own pairs of adjacent words decide between readings the letters leave
 * close, and the same sentence without those pairs keeps the reading of the letters. Fixtures
 * written for these tests.
 */
class ReadingsTheNeighboursDecideTest {

    /** Writes months often, but never after this. */
    private static final String MONTHS = ("The talks took months of work. Prices rose for"
            + " months. We waited months for it. ").repeat(4);
    /** Writes this month for. */
    private static final String THIS_MONTH_FOR = ("The vote is due this month for the first"
            + " time. ").repeat(4);
    private static final String TOLD_THE = ("He told the court. She told the panel. They told"
            + " the board. ").repeat(4);
    private static final String TO_THE = "We went to the park. ".repeat(12);
    private static final String EARN_A = ("They hope to earn a place. He wants to earn a"
            + " living. ").repeat(3);

    private static List<String> findings(String... documents) {
        return EverydayCorpus.typoFindings(EverydayCorpus.with(documents));
    }

    @Test
    void theReadingTheCorpusWritesBetweenTheNeighboursIsPreferred() {
        assertEquals(List.of("c2.txt:1:22-1:28 error [typo] 'monthe' is not in the dictionary;"
                        + " did you mean 'month'? | fix: replace with 'month' => 1:22-1:28"
                        + " \"month\""),
                findings(MONTHS, THIS_MONTH_FOR, "The trial opens this monthe for all."));
    }

    @Test
    void withoutThosePairsTheLettersDecide() {
        assertEquals(List.of("c1.txt:1:22-1:28 error [typo] 'monthe' is not in the dictionary;"
                        + " did you mean 'months'? | fix: replace with 'months' => 1:22-1:28"
                        + " \"months\""),
                findings(MONTHS, "The trial opens this monthe for all."));
    }

    @Test
    void aCommonWordTwoEditsAwayOutweighsARareOneWhereTheNeighboursWriteIt() {
        assertEquals(List.of("c1.txt:1:10-1:15 error [typo] 'todle' is not in the dictionary;"
                        + " did you mean 'told'? | fix: replace with 'told' => 1:10-1:15"
                        + " \"told\""),
                findings(TOLD_THE, "Later he todle the reporters."));
        assertEquals(List.of("c0.txt:1:10-1:15 error [typo] 'todle' is not in the dictionary;"
                        + " did you mean 'toddle'? | fix: replace with 'toddle' => 1:10-1:15"
                        + " \"toddle\""),
                findings("Later he todle the reporters."));
    }

    @Test
    void oneNeighbourAloneDoesNotOutvoteAPlainSlip() {
        // 'to the' is written twelve times, 'to this' never: one side is mostly frequency.
        assertEquals(List.of("c1.txt:1:13-1:17 error [typo] 'thsi' is not in the dictionary;"
                        + " did you mean 'this'? | fix: replace with 'this' => 1:13-1:17"
                        + " \"this\""),
                findings(TO_THE, "He spoke to thsi."));
    }

    @Test
    void aShortSlipIsReportedWhereTheNeighboursSupportItsOneReading() {
        assertEquals(List.of("c1.txt:1:12-1:15 error [typo] 'ern' is not in the dictionary;"
                        + " did you mean 'earn'? | fix: replace with 'earn' => 1:12-1:15"
                        + " \"earn\""),
                findings(EARN_A, "She won to ern a second match."));
    }

    @Test
    void aShortNonWordTheNeighboursDoNotDecideStaysQuiet() {
        assertEquals(List.of(), findings("She won to ern a second match."));
    }
}
