package org.corpuslint.rules.caption;

import java.util.List;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;

/** A photo credit line that credits no caption: it follows another credit line. */
public final class OrphanCreditRule implements Rule {

    public static final String ID = "orphan-credit";

    static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.INFO,
            "A photo credit line follows another credit line, with no caption of its own.",
            "A credit line credits the caption above it. Two different credit lines in a row"
                    + " mean a caption between them was lost in scraping, or one photo carries"
                    + " two conflicting credits; either way a person should look. The second"
                    + " credit is reported. The same credit line twice in a row is reported by"
                    + " `duplicate-line` instead, which can delete it.",
            "`Jane Doe / Sputnik / Reuters` directly followed by `Jane Doe / Sputnik / AP`:"
                    + " `info [orphan-credit] credit line follows the credit on line 7 with no"
                    + " caption between; a caption may have been lost`",
            List.of(CaptionOptions.AGENCIES));

    private Agencies agencies;
    private CreditParser parser;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        agencies = CaptionOptions.agencies(options);
        parser = new CreditParser(agencies);
    }

    @Override
    public void check(RuleContext context) {
        PhotoLayout layout = PhotoLayout.of(context.document(), parser, agencies);
        for (PhotoLayout.Orphan orphan : layout.orphanCredits()) {
            LineReports.reportLine(context, orphan.line(),
                    "credit line follows the credit on line " + orphan.previousCredit()
                            + " with no caption between; a caption may have been lost");
        }
    }
}
