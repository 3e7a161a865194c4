package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruncatedTextRuleTest extends FixtureFindingsTest {

    /** Two captions cut off before their credit; quiet-prose holds deliberate ellipses. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "titled-photos.txt", List.of(
                    "titled-photos.txt:10:1-10:136 warning [truncated-text] caption cut off"
                            + " mid-sentence at '…network near Rovaniemi by…'",
                    "titled-photos.txt:20:1-20:155 warning [truncated-text] caption cut off"
                            + " mid-sentence at '…two ministers have pledged…'"));

    @Override
    Map<String, List<String>> expected() {
        return EXPECTED;
    }

    @Override
    Supplier<Rule> rule() {
        return TruncatedTextRule::new;
    }

    private static List<String> findings(String... lines) {
        return RuleFixture.corpus().doc("a.txt", lines).findings(TruncatedTextRule::new);
    }

    @Test
    void captionCutWithThreeDotsBeforeItsCreditIsReported() {
        assertEquals(List.of("a.txt:3:1-3:38 warning [truncated-text] caption cut off"
                + " mid-sentence at '…ferry leaves the quay as...'"), findings(" date 2024-05-20",
                "Boats", "The first ferry leaves the quay as...", "Jane Doe / NTB"));
    }

    @Test
    void proseEndingOnAWordNoSentenceEndsOnIsReported() {
        assertEquals(List.of("a.txt:3:1-3:56 warning [truncated-text] line cut off"
                + " mid-sentence at '…would be signed by the…'"), findings(" date 2024-05-20",
                "Talks", "The mediator said the agreement would be signed by the…"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The mediator said the agreement was nearly ready…",
        "Rivals of the new ferry...",
        "He waited, and waited, and then …",
        "She said: “We will sign it when the…”",
        "We waited... and waited... for the...",
        "…"})
    void deliberateEllipsesAreQuiet(String line) {
        assertEquals(List.of(), findings(" date 2024-05-20", "Talks", line));
    }
}
