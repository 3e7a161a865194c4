package org.corpuslint.maven;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;

/**
 * The site page of {@code corpus-lint:report}: totals, findings per rule, findings per document,
 * then each document's findings, every document and finding linked to its place in the HTML
 * report. Cells are written with {@code sink.text}, which escapes; the renderer's own
 * {@code tableRow} would read braces in document text as link patterns.
 */
final class FindingsReportRenderer extends AbstractMavenReportRenderer {

    /** Beyond this many findings the page lists counts only; the HTML report has them all. */
    static final int MAX_LISTED_FINDINGS = 5_000;

    private final LintResult result;
    private final Path corpusRoot;
    private final String htmlReport;

    /**
     * @param htmlReport the HTML report's URL relative to this page
     */
    FindingsReportRenderer(Sink sink, LintResult result, Path corpusRoot, String htmlReport) {
        super(sink);
        this.result = result;
        this.corpusRoot = corpusRoot;
        this.htmlReport = htmlReport;
    }

    @Override
    public String getTitle() {
        return "corpus-lint";
    }

    @Override
    protected void renderBody() {
        Map<Severity, Integer> totals = result.countBySeverity();
        startSection("corpus-lint", "corpus-lint");
        sink.paragraph();
        text(count(result.documentCount(), "document") + " in " + corpusRoot + ": "
                + count(result.findings().size(), "finding") + " ("
                + count(totals.get(Severity.ERROR), "error") + ", "
                + count(totals.get(Severity.WARNING), "warning") + ", "
                + totals.get(Severity.INFO) + " info). ");
        link(htmlReport, "Open the interactive report");
        text(" to read each document with its findings marked in place.");
        sink.paragraph_();
        byRule();
        Map<String, List<Finding>> byDocument = byDocument();
        documentTable(byDocument);
        findingLists(byDocument);
        endSection();
    }

    private void byRule() {
        startSection("Findings by rule", "findings-by-rule");
        startTable();
        tableHeader(new String[] {"Rule", "Description", "Errors", "Warnings", "Info", "Total"});
        Map<String, String> summaries = new LinkedHashMap<>();
        for (RuleMetadata rule : result.rules()) {
            summaries.putIfAbsent(rule.id(), rule.summary());
        }
        result.countByRule().forEach((rule, counts) -> {
            sink.tableRow();
            cell(rule);
            cell(summaries.getOrDefault(rule, ""));
            countCells(counts);
            sink.tableRow_();
        });
        endTable();
        endSection();
    }

    private Map<String, List<Finding>> byDocument() {
        Map<String, List<Finding>> byDocument = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byDocument.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
        }
        return byDocument;
    }

    private void documentTable(Map<String, List<Finding>> byDocument) {
        startSection("Findings by document", "findings-by-document");
        paragraph(byDocument.size() + " of " + result.documentCount()
                + " documents have findings.");
        startTable();
        tableHeader(new String[] {"Document", "Errors", "Warnings", "Info", "Total"});
        byDocument.forEach((path, findings) -> {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
            sink.tableRow();
            sink.tableCell();
            link(documentLink(path, -1), path);
            sink.tableCell_();
            countCells(counts);
            sink.tableRow_();
        });
        endTable();
        endSection();
    }

    private void findingLists(Map<String, List<Finding>> byDocument) {
        startSection("Findings", "findings");
        if (result.findings().size() > MAX_LISTED_FINDINGS) {
            paragraph("The first " + MAX_LISTED_FINDINGS + " of " + result.findings().size()
                    + " findings; the interactive report has them all.");
        }
        int listed = 0;
        for (Map.Entry<String, List<Finding>> doc : byDocument.entrySet()) {
            if (listed >= MAX_LISTED_FINDINGS) {
                break;
            }
            startSection(doc.getKey());
            startTable();
            tableHeader(new String[] {"Line:column", "Severity", "Rule", "Message", "Suggestion"});
            List<Finding> findings = doc.getValue();
            for (int k = 0; k < findings.size() && listed < MAX_LISTED_FINDINGS; k++, listed++) {
                Finding f = findings.get(k);
                sink.tableRow();
                sink.tableCell();
                link(documentLink(f.path(), k), f.start().line() + ":" + f.start().column());
                sink.tableCell_();
                cell(f.severity().label());
                cell(f.ruleId());
                cell(f.message());
                cell(f.fix() == null ? "" : f.fix().description());
                sink.tableRow_();
            }
            endTable();
            endSection();
        }
        endSection();
    }

    /** The HTML report opened at a document, and at its {@code finding}-th finding if >= 0. */
    String documentLink(String path, int finding) {
        String encoded = URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20");
        return htmlReport + "#doc=" + encoded + (finding >= 0 ? "&finding=" + finding : "");
    }

    private void countCells(Map<Severity, Integer> counts) {
        int total = 0;
        for (Severity s : Severity.values()) {
            int n = counts.getOrDefault(s, 0);
            total += n;
            cell(String.valueOf(n));
        }
        cell(String.valueOf(total));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
