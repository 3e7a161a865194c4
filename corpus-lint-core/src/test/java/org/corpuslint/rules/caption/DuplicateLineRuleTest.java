package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

class DuplicateLineRuleTest extends FixtureFindingsTest {

    /** A caption and a credit line stored twice; quiet-prose has near repeats that differ. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "chained-credits.txt", List.of(
                    "chained-credits.txt:10:1-10:46 info [duplicate-line] line repeats line 9"
                            + " | fix: delete the repeated line => 9:46-10:46 \"\"",
                    "chained-credits.txt:25:1-25:32 info [duplicate-line] line repeats line 24"
                            + " | fix: delete the repeated line => 24:32-25:32 \"\""));

    @Override
    Map<String, List<String>> expected() {
        return EXPECTED;
    }

    @Override
    Supplier<Rule> rule() {
        return DuplicateLineRule::new;
    }

    @Test
    void fixDeletesTheWholeRepeatAndTheBlankLinesBeforeIt() {
        assertEquals(List.of("a.txt:4:3-4:10 info [duplicate-line] line repeats line 2 | fix:"
                + " delete the repeated line => 2:8-4:11 \"\""), RuleFixture.corpus()
                .rawDoc("a.txt", "Harbour\r\nBoats 1\r\n\r\n  Boats 1 \r\nEnd\r\n")
                .findings(DuplicateLineRule::new));
    }

    @Test
    void threeInARowAreTwoRepeats() {
        assertEquals(List.of(
                "a.txt:3:1-3:5 info [duplicate-line] line repeats line 2 | fix: delete the"
                        + " repeated line => 2:5-3:5 \"\"",
                "a.txt:4:1-4:5 info [duplicate-line] line repeats line 3 | fix: delete the"
                        + " repeated line => 3:5-4:5 \"\""),
                RuleFixture.corpus().doc("a.txt", "Title", "Boat", "Boat", "Boat")
                        .findings(DuplicateLineRule::new));
    }

    @Test
    void linesWithoutLettersAndTheHeaderAreIgnored() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "date 2024-05-20", "* * *", "", "* * *", "2024", "2024")
                .findings(DuplicateLineRule::new));
    }

    @Test
    void aWordRepeatedAcrossBlankLinesIsTwoPageElements() {
        // Two advertisement slots between paragraphs; the doubled two-word label is reported.
        assertEquals(List.of("a.txt:10:1-10:13 info [duplicate-line] line repeats line 8 | fix:"
                + " delete the repeated line => 8:13-10:13 \"\""), RuleFixture.corpus()
                .doc("a.txt", " date 2024-05-20", "Ferry strike ends", "", "Advertisement", "",
                        "Advertisement", "", "Sponsored by", "", "Sponsored by")
                .findings(DuplicateLineRule::new));
    }
}
