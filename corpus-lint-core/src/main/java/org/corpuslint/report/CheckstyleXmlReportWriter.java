package org.corpuslint.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Finding;

/**
 * {@code corpus-lint-checkstyle.xml}: the findings in Checkstyle's XML format, which Jenkins
 * Warnings NG, GitLab and many other CI tools read. One {@code <file>} per document with
 * findings; {@code source} is {@code corpus-lint.<rule-id>}, so tools that take the type from
 * the last dot-separated part of the source show the rule id. File names are absolute when the
 * corpus folder is known, as Checkstyle writes them. Checkstyle has no field for a suggestion,
 * so it is appended to the message, as on the console.
 */
public final class CheckstyleXmlReportWriter implements ReportWriter {

    /** The Checkstyle report format version readers expect in the root element. */
    static final String FORMAT_VERSION = "4.3";

    /**
     * Checkstyle knows only files: a finding in a JSON Lines record names the record first, and
     * its line and column are inside the record's text.
     */
    private static String recordPrefix(Finding f) {
        return f.record().map(r -> r.describe() + ": ").orElse("");
    }

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public String fileName() {
        return "corpus-lint-checkstyle.xml";
    }

    @Override
    public void write(RunFindings result, ReportContext context, OutputStream out)
            throws IOException {
        Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        String open = null;
        try (FindingCursor findings = result.openFindings()) {
            while (findings.hasNext()) {
                Finding f = findings.next();
                if (!f.path().equals(open)) {
                    if (open != null) {
                        xml.write("  </file>\n");
                    }
                    open = f.path();
                    xml.write("  <file name=\"" + XmlText.attribute(fileName(context, f.path()))
                            + "\">\n");
                }
                xml.write("    <error line=\"" + f.start().line() + "\" column=\""
                        + f.start().column() + "\" severity=\"" + f.severity().label()
                        + "\" message=\"" + XmlText.attribute(recordPrefix(f)
                                + ConsoleReport.messageWithSuggestion(f)) + "\" source=\""
                        + XmlText.attribute(ToolInfo.NAME + "." + f.ruleId()) + "\"/>\n");
            }
        }
        if (open != null) {
            xml.write("  </file>\n");
        }
        xml.write("</checkstyle>\n");
        xml.flush();
    }

    private static String fileName(ReportContext context, String path) {
        return context.corpusRoot() == null ? path
                : context.corpusRoot().resolve(path).toString();
    }
}
