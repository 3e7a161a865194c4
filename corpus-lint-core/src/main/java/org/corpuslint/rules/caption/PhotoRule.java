package org.corpuslint.rules.caption;

import org.corpuslint.document.Document;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.text.credit.Agencies;
import org.corpuslint.text.credit.CreditParser;

/**
 * What the rules that read a document's photo layout share: their metadata, the agencies
 * configured with the {@code agencies} option and the credit parser built from them once per
 * run.
 */
abstract class PhotoRule implements Rule {

    private final RuleMetadata metadata;
    private Agencies agencies;
    private CreditParser parser;

    PhotoRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final void prepare(CorpusProfile profile, RuleOptions options) {
        agencies = CaptionOptions.agencies(options);
        parser = new CreditParser(agencies);
    }

    final PhotoLayout layout(Document document) {
        return PhotoLayout.of(document, parser, agencies);
    }
}
