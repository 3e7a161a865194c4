package org.corpuslint.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/**
 * A test rule that counts how often it is prepared and reports, on every document, the number of
 * documents of the corpus profile it was prepared with: to see which statistics a check used and
 * that the rules were not prepared again.
 */
public final class CountingRule implements Rule {

    public static final RuleMetadata METADATA = new RuleMetadata("counting", Severity.INFO,
            "Reports the corpus size.", "Test rule.", "Any document.");

    private final AtomicInteger prepares;
    private volatile CorpusProfile profile;

    private CountingRule(AtomicInteger prepares) {
        this.prepares = prepares;
    }

    /** A catalog of this rule alone whose instances all count into {@code prepares}. */
    public static RuleCatalog catalog(AtomicInteger prepares) {
        return RuleCatalog.builder().add(METADATA, () -> new CountingRule(prepares)).build();
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile corpusProfile, org.corpuslint.rule.RuleOptions options) {
        prepares.incrementAndGet();
        profile = corpusProfile;
    }

    @Override
    public void check(RuleContext context) {
        context.report(0, 0, "corpus of " + profile.documentCount() + " documents");
    }
}
