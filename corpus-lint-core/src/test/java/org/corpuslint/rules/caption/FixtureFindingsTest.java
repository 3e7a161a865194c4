package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins one rule's findings on every caption fixture: those listed in {@link #expected()},
 * and none on the others.
 */
abstract class FixtureFindingsTest {

    /** The rendered findings per fixture; a fixture not listed must stay quiet. */
    abstract Map<String, List<String>> expected();

    abstract Supplier<Rule> rule();

    static List<String> fixtures() {
        return CaptionFixtures.ALL;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void findingsOnFixtures(String fixture) {
        assertEquals(expected().getOrDefault(fixture, List.of()),
                CaptionFixtures.findings(fixture, rule()));
    }
}
