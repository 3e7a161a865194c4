package org.corpuslint.testing;

import org.corpuslint.model.Severity;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/** A test rule that reports every document it checks, to see which documents a run linted. */
public final class SeenRule implements Rule {

    public static final RuleMetadata METADATA = new RuleMetadata("seen", Severity.INFO,
            "Reports every document.", "Test rule.", "Any document.");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        context.report(0, 0, "seen");
    }
}
