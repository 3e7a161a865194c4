package org.corpuslint.rules.caption;

import java.util.List;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/** A photo credit line that credits no caption: it follows another credit line. */
public final class OrphanCreditRule extends PhotoRule {

    public static final String ID = "orphan-credit";

    public static final RuleMetadata METADATA = new RuleMetadata(
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

    public OrphanCreditRule() {
        super(METADATA);
    }

    @Override
    public void check(RuleContext context) {
        PhotoLayout layout = layout(context);
        for (PhotoLayout.Orphan orphan : layout.orphanCredits()) {
            LineReports.reportLine(context, orphan.line(),
                    "credit line follows the credit on line " + orphan.previousCredit()
                            + " with no caption between; a caption may have been lost");
        }
    }
}
