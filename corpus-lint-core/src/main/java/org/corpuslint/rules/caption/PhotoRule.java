package org.corpuslint.rules.caption;

import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;

/**
 * What the rules that read a document's photo layout share: their metadata and the layout
 * analysis for the agencies configured with the {@code agencies} option, built once per run;
 * the layout itself is computed once per document for all of them.
 */
abstract class PhotoRule implements Rule {

    private final RuleMetadata metadata;
    private PhotoLayoutAnalysis layout;

    PhotoRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final void prepare(CorpusProfile profile, RuleOptions options) {
        layout = new PhotoLayoutAnalysis(options.value(CaptionOptions.AGENCIES));
    }

    /** The photo layout of the context's document, shared with the other photo rules. */
    final PhotoLayout layout(RuleContext context) {
        return context.analysis(layout);
    }
}
