package org.corpuslint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateThresholdsTest {

    @TempDir
    Path folder;

    private Set<Double> of(String yaml) {
        return DuplicateThresholds.of(ConfigSource.of(yaml, folder.toString()).config());
    }

    @Test
    void theDefaultThresholdWhenNothingIsSet() {
        assertEquals(Set.of(0.75), of("rules: {}\n"));
    }

    @Test
    void oneThresholdPerDistinctValueAmongTheSettingsThatEnableTheRule() {
        assertEquals(Set.of(0.8, 0.95), of(String.join("\n",
                "rules:",
                "  date-consistency: off",
                "  duplicate-document: { options: { threshold: 0.8 } }",
                "overrides:",
                "  - folder: wire",
                "    rules: { duplicate-document: { options: { threshold: 0.95 } } }",
                "  - folder: blogs",
                "    rules: { duplicate-document: { options: { threshold: 0.8 } } }",
                "  - folder: archive",
                "    rules: { duplicate-document: { enabled: false, options: { threshold: 0.6 } } }",
                "")));
    }

    @Test
    void noneWhenNeitherRuleReadsClusters() {
        assertEquals(Set.of(),
                of("rules:\n  duplicate-document: off\n  date-consistency: off\n"));
    }

    @Test
    void theDefaultThresholdForDateConsistencyAloneAndBesideAnotherThreshold() {
        assertEquals(Set.of(0.75), of("rules:\n  duplicate-document: off\n"));
        assertEquals(Set.of(0.75, 0.9),
                of("rules:\n  duplicate-document: { options: { threshold: 0.9 } }\n"));
        assertEquals(Set.of(0.75), of(String.join("\n",
                "rules:",
                "  duplicate-document: off",
                "  date-consistency: off",
                "overrides:",
                "  - folder: wire",
                "    rules: { date-consistency: on }",
                "")));
    }
}
