package org.corpuslint.rules.caption;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/** Every photo caption, and every photo described in the prose, carries its credit. */
public final class UnattributedCaptionRule extends PhotoRule {

    public static final String ID = "unattributed-caption";

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "A photo caption or photo description has no credit.",
            "Photo credits record who owns a picture and where it came from; a corpus that"
                    + " keeps captions must keep them, and scraping often drops the credit line"
                    + " of one photo in a gallery. In a document with photo structure (credit"
                    + " lines such as `Jane Doe / Reuters`, or captions with inline credits such"
                    + " as `[KCNA via Reuters]`), the rule reports a caption that neither carries"
                    + " a credit nor is followed by one, judged against how the other photos of"
                    + " the document are laid out. It also reports a paragraph describing a photo"
                    + " (`In a photograph released by ..., the leaders ...`, `Pictured: ...`)"
                    + " that names no credit.",
            "`The summit hall is lit up at dusk.` between two credited captions: `warning"
                    + " [unattributed-caption] photo caption has no credit`",
            List.of(CaptionOptions.AGENCIES));

    public UnattributedCaptionRule() {
        super(METADATA);
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        PhotoLayout layout = layout(context);
        for (int line : layout.unattributedCaptions()) {
            LineReports.reportLine(context, line,
                    "photo caption has no credit; the other photos here carry one");
        }
        for (int line : layout.uncreditedDescriptions()) {
            LineReports.reportLine(context, line, "photo described in the text has no credit");
        }
    }
}
