package org.corpuslint.testing;

import org.corpuslint.engine.LintConfig;

/** Configurations tests share. */
public final class TestConfigs {

    private TestConfigs() {}

    /**
     * One thread and a fixed reference day (2024-07-01) for {@code missing-date}, so that
     * findings do not depend on the machine or on today's date.
     */
    public static LintConfig.Builder fixedDay() {
        return LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01");
    }
}
