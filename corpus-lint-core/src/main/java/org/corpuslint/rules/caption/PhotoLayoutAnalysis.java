package org.corpuslint.rules.caption;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.rule.DocumentAnalysis;
import org.corpuslint.text.credit.Agencies;
import org.corpuslint.text.credit.CreditParser;

/**
 * The photo layout of a document, for one setting of the {@code agencies} option. Equal for
 * equal extra agency names, so the photo rules of one folder share one layout per document
 * instead of each classifying the lines again.
 */
final class PhotoLayoutAnalysis implements DocumentAnalysis<PhotoLayout> {

    private final List<String> extraAgencies;
    private final Agencies agencies;
    private final CreditParser parser;

    PhotoLayoutAnalysis(List<String> extraAgencies) {
        this.extraAgencies = List.copyOf(extraAgencies);
        this.agencies = Agencies.withExtra(this.extraAgencies);
        this.parser = new CreditParser(agencies);
    }

    @Override
    public PhotoLayout compute(Document document) {
        return PhotoLayout.of(document, parser, agencies);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhotoLayoutAnalysis that
                && extraAgencies.equals(that.extraAgencies);
    }

    @Override
    public int hashCode() {
        return extraAgencies.hashCode();
    }
}
