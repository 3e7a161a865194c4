package org.corpuslint.rules.caption;

import org.corpuslint.document.Document;
import org.corpuslint.rule.RuleContext;

/** Findings that span one line's text, without its surrounding white space. */
final class LineReports {

    private LineReports() {}

    static void reportLine(RuleContext context, int line, String message) {
        Document document = context.document();
        String text = document.line(line);
        int start = document.lineMap().lineStart(line);
        int leading = text.length() - text.stripLeading().length();
        context.report(start + leading, start + text.stripTrailing().length(), message);
    }
}
