package org.corpuslint.rules.caption;

import java.util.List;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.document.LineMap;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/** The same line twice in a row, as scraping leaves a caption or credit doubled. */
public final class DuplicateLineRule implements Rule {

    public static final String ID = "duplicate-line";

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.INFO,
            "A line repeats the line before it.",
            "Scrapers that read both an image's alt text and its caption, or a credit from two"
                    + " page elements, store the same line twice. The rule reports a non-blank"
                    + " line equal to the previous non-blank line (blank lines between"
                    + " allowed; surrounding white space ignored), with a fix that deletes the"
                    + " repetition and the blank lines before it. A single word repeated across"
                    + " blank lines (`Advertisement`, `Comments`) is two page elements, not one"
                    + " doubled, and is left to `boilerplate`. A credit line repeated this way"
                    + " is reported here only, not also as `orphan-credit`.",
            "`Crowds line the harbour` on lines 8 and 9: `info [duplicate-line] line repeats"
                    + " line 8`, fix: delete the repeated line",
            List.of(), Set.of(FixConfidence.SAFE));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        LineMap lines = document.lineMap();
        int previous = -1;
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            String text = document.line(line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (previous > 0 && text.equals(document.line(previous).strip())
                    && text.chars().anyMatch(Character::isLetter)
                    && !(line > previous + 1 && text.indexOf(' ') < 0)) {
                int start = lines.lineStart(line);
                String raw = document.line(line);
                int leading = raw.length() - raw.stripLeading().length();
                context.report(start + leading, start + raw.stripTrailing().length(),
                        "line repeats line " + previous,
                        Fix.of("delete the repeated line",
                                context.edit(lines.lineContentEnd(previous),
                                        lines.lineContentEnd(line), ""), FixConfidence.SAFE));
            }
            previous = line;
        }
    }
}
