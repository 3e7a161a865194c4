package org.corpuslint.testing;

import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;

/**
 * A test rule with a bug: it throws on documents whose path contains a marker, after reporting
 * a finding that must not survive, or already in {@link #prepare} when asked to.
 */
public final class ExplodingRule implements Rule {

    public static final RuleMetadata METADATA = new RuleMetadata("exploding", Severity.WARNING,
            "Throws on some documents.", "Test rule.", "A document named boom.txt.");

    private final String marker;
    private final boolean failInPrepare;

    public ExplodingRule(String marker, boolean failInPrepare) {
        this.marker = marker;
        this.failInPrepare = failInPrepare;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        if (failInPrepare) {
            throw new IllegalStateException("dictionary missing");
        }
    }

    @Override
    public void check(RuleContext context) {
        if (context.document().path().contains(marker)) {
            context.report(0, 1, "half-done finding");
            throw new IllegalStateException("boom in " + context.document().path());
        }
    }
}
