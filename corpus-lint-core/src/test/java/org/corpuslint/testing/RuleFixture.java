package org.corpuslint.testing;

import org.corpuslint.engine.LintConfig;

/**
 * The project's tests' name for {@link org.corpuslint.testkit.RuleFixture}, which is published
 * in the test kit; this only narrows the fluent return types.
 */
public final class RuleFixture extends org.corpuslint.testkit.RuleFixture {

    public static RuleFixture corpus() {
        return new RuleFixture();
    }

    @Override
    public RuleFixture doc(String path, String... lines) {
        super.doc(path, lines);
        return this;
    }

    @Override
    public RuleFixture rawDoc(String path, String text) {
        super.rawDoc(path, text);
        return this;
    }

    @Override
    public RuleFixture config(LintConfig value) {
        super.config(value);
        return this;
    }
}
