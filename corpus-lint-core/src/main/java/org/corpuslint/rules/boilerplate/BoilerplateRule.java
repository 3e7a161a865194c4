package org.corpuslint.rules.boilerplate;

import org.corpuslint.document.DateHeader;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/** Page chrome and appeals that scraping left in the article text. */
public final class BoilerplateRule implements Rule {

    public static final String ID = "boilerplate";

    static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "Scraped page chrome is left in the article text.",
            "Scrapers glue navigation, share buttons and appeals to the article text. In a"
                    + " corpus they pollute word statistics, leak into summaries and repeat"
                    + " across thousands of documents. This rule reports text glued to the date"
                    + " header line, with a fix that removes it.",
            "` date 2024-06-19 Support our newsroom!`: `warning [boilerplate] page chrome"
                    + " glued to the date header: 'Support our newsroom!'`");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        context.document().header().filter(DateHeader::hasTrailingText)
                .ifPresent(h -> reportGluedText(context, h));
    }

    private static void reportGluedText(RuleContext context, DateHeader header) {
        String glued = context.document().text()
                .substring(header.trailingStart(), header.lineContentEnd());
        context.report(header.trailingStart(), header.lineContentEnd(),
                "page chrome glued to the date header: '" + glued + "'",
                Fix.of("delete the text after the date",
                        context.edit(header.dateEnd(), header.lineContentEnd(), "")));
    }
}
