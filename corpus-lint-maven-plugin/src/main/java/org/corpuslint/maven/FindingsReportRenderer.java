package org.corpuslint.maven;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;

/**
 * The site page of {@code corpus-lint:report}: totals, findings per rule, findings per document,
 * then each document's findings, every document and finding linked to its place in the HTML
 * report. Cells are written with {@code sink.text}, which escapes; the renderer's own
 * {@code tableRow} would read braces in document text as link patterns. The findings are read
 * in passes (report order keeps each document's findings together), never held whole.
 */
final class FindingsReportRenderer extends AbstractMavenReportRenderer {

    /** Beyond this many findings the page lists counts only; the HTML report has them all. */
    static final int MAX_LISTED_FINDINGS = 5_000;

    private final RunFindings result;
    private final Path corpusRoot;
    private final String htmlReport;

    /**
     * @param htmlReport the HTML report's URL relative to this page
     */
    FindingsReportRenderer(Sink sink, RunFindings result, Path corpusRoot, String htmlReport) {
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
        Map<Severity, Integer> totals = result.counts().bySeverity();
        startSection("corpus-lint", "corpus-lint");
        sink.paragraph();
        text(count(result.documentCount(), "document") + " in " + corpusRoot + ": "
                + count(result.counts().total(), "finding") + " ("
                + count(totals.get(Severity.ERROR), "error") + ", "
                + count(totals.get(Severity.WARNING), "warning") + ", "
                + totals.get(Severity.INFO) + " info). ");
        link(htmlReport, "Open the interactive report");
        text(" to read each document with its findings marked in place.");
        sink.paragraph_();
        byRule();
        documentTable();
        findingLists();
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
        result.counts().byRule().forEach((rule, counts) -> {
            sink.tableRow();
            cell(rule);
            cell(summaries.getOrDefault(rule, ""));
            countCells(counts);
            sink.tableRow_();
        });
        endTable();
        endSection();
    }

    private void documentTable() {
        startSection("Findings by document", "findings-by-document");
        paragraph(documentsWithFindings() + " of " + result.documentCount()
                + " documents have findings.");
        startTable();
        tableHeader(new String[] {"Document", "Errors", "Warnings", "Info", "Total"});
        try (FindingCursor findings = result.openFindings()) {
            String path = null;
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            while (findings.hasNext()) {
                Finding f = findings.next();
                if (path != null && !path.equals(f.path())) {
                    documentRow(path, counts);
                    counts.clear();
                }
                path = f.path();
                counts.merge(f.severity(), 1, Integer::sum);
            }
            if (path != null) {
                documentRow(path, counts);
            }
        }
        endTable();
        endSection();
    }

    private long documentsWithFindings() {
        long documents = 0;
        try (FindingCursor findings = result.openFindings()) {
            String path = null;
            while (findings.hasNext()) {
                Finding f = findings.next();
                if (!f.path().equals(path)) {
                    documents++;
                    path = f.path();
                }
            }
        }
        return documents;
    }

    private void documentRow(String path, Map<Severity, Integer> counts) {
        sink.tableRow();
        sink.tableCell();
        link(documentLink(path, -1), path);
        sink.tableCell_();
        countCells(counts);
        sink.tableRow_();
    }

    private void findingLists() {
        startSection("Findings", "findings");
        long total = result.counts().total();
        if (total > MAX_LISTED_FINDINGS) {
            paragraph("The first " + MAX_LISTED_FINDINGS + " of " + total
                    + " findings; the interactive report has them all.");
        }
        try (FindingCursor findings = result.openFindings()) {
            String path = null;
            int inDocument = 0;
            for (int listed = 0; listed < MAX_LISTED_FINDINGS && findings.hasNext(); listed++) {
                Finding f = findings.next();
                if (!f.path().equals(path)) {
                    if (path != null) {
                        endTable();
                        endSection();
                    }
                    path = f.path();
                    inDocument = 0;
                    startSection(path);
                    startTable();
                    tableHeader(new String[] {"Line:column", "Severity", "Rule", "Message",
                        "Suggestion"});
                }
                findingRow(f, inDocument++);
            }
            if (path != null) {
                endTable();
                endSection();
            }
        }
        endSection();
    }

    private void findingRow(Finding f, int inDocument) {
        sink.tableRow();
        sink.tableCell();
        link(documentLink(f.path(), inDocument), f.start().line() + ":" + f.start().column());
        sink.tableCell_();
        cell(f.severity().label());
        cell(f.ruleId());
        cell(f.message());
        cell(f.fix() == null ? "" : f.fix().description());
        sink.tableRow_();
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

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
