package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunStatistics;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;
import org.junit.jupiter.api.Test;

/** The HTML report embeds texts for the documents with the most findings, counts the rest. */
class HtmlReportCapTest {

    private static final RuleMetadata RULE =
            new RuleMetadata("shout", Severity.WARNING, "Shouting.", "Shouting.", "A!");

    /** d1.txt .. d5.txt with 1..5 findings each: 15 findings in all. */
    private static LintResult fiveDocuments() {
        List<Finding> findings = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            for (int k = 0; k < d; k++) {
                findings.add(new Finding("shout", k == 0 ? Severity.ERROR : Severity.WARNING,
                        "d" + d + ".txt", new Position(1, k + 1, k), new Position(1, k + 2, k + 1),
                        "loud " + d, null));
            }
        }
        findings.sort(Finding.REPORT_ORDER);
        return new LintResult(findings, 9, List.of(RULE));
    }

    private static JsonNode data(int cap) throws IOException {
        ReportContext context = new ReportContext(null,
                path -> Optional.of("ABCDEFGHIJ " + path), cap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(fiveDocuments(), context, out);
        return HtmlReportTest.embeddedData(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheDocumentsWithTheMostFindingsCarryTextAndPositions() throws IOException {
        JsonNode data = data(2);
        assertEquals(5, data.get("docs").size());
        for (JsonNode doc : data.get("docs")) {
            String path = doc.get("path").asText();
            boolean embedded = path.equals("d4.txt") || path.equals("d5.txt");
            assertEquals(embedded, doc.get("text").isTextual(), path);
            assertEquals(embedded ? 0 : 1, doc.has("tally") ? 1 : 0, path);
            if (!embedded) {
                assertEquals(0, doc.get("findings").size(), path);
                assertTrue(doc.get("note").asText().startsWith("Only the 2 documents with the"
                        + " most findings are shown with their text"), path);
            }
        }
        JsonNode d3 = data.get("docs").get(2);
        assertEquals("d3.txt", d3.get("path").asText());
        assertEquals("[[0,0,1],[0,1,2]]", d3.get("tally").toString());
        assertEquals("{\"embedded\":2,\"listed\":3,\"unlisted\":0,\"unlistedFindings\":0}",
                data.get("capped").toString());
        // Totals cover every document: 5 errors and 10 warnings.
        assertEquals("[[0,0,5],[0,1,10]]", data.get("totals").toString());
        assertEquals(5, data.get("docsWithFindings").asInt());
        // Messages of documents without text are not carried.
        assertEquals(List.of("loud 4", "loud 5"), strings(data));
    }

    @Test
    void underTheCapNothingIsCapped() throws IOException {
        JsonNode data = data(ReportContext.DEFAULT_MAX_EMBEDDED_TEXTS);
        assertTrue(data.get("capped") == null);
        for (JsonNode doc : data.get("docs")) {
            assertTrue(doc.get("text").isTextual());
        }
    }

    @Test
    void statisticsAreEmbeddedForTheCharts() throws IOException {
        LintResult result = fiveDocuments();
        RunStatistics statistics = new RunStatistics(new RunStatistics.Slice(9, 90, 15,
                java.util.Map.of("shout", 15L)), java.util.Map.of("a", new RunStatistics.Slice(
                        9, 90, 15, java.util.Map.of("shout", 15L))), java.util.Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(new LintResult(result.findings(), 9, result.rules(),
                statistics), new ReportContext(null), out);
        JsonNode data = HtmlReportTest.embeddedData(out.toString(StandardCharsets.UTF_8));
        assertEquals(1666.7, data.at("/statistics/findingsPerThousandDocuments").asDouble());
        assertEquals("a", data.at("/statistics/byOutlet/0/name").asText());
    }

    private static List<String> strings(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.get("strings").forEach(s -> out.add(s.asText()));
        return out;
    }
}
