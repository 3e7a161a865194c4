package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus-lint.json holds exactly the schema the README documents. */
class JsonReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode write(LintResult result, Path root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(result, new ReportContext(root), out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void reportHoldsSummaryAndEveryFindingWithItsFix(@TempDir Path folder) throws IOException {
        ObjectNode expected = (ObjectNode) JSON.readTree("""
                {
                  "schemaVersion": 1,
                  "tool": {"name": "corpus-lint", "version": "VERSION"},
                  "corpusRoot": "ROOT",
                  "documents": 3,
                  "summary": {
                    "findings": 3, "error": 1, "warning": 2, "info": 0,
                    "byRule": {
                      "boilerplate": {"warning": 1},
                      "invalid-input": {"warning": 1},
                      "missing-date": {"error": 1}
                    }
                  },
                  "findings": [
                    {
                      "rule": "boilerplate", "severity": "warning", "path": "a.txt",
                      "startLine": 1, "startColumn": 18, "endLine": 1, "endColumn": 29,
                      "message": "page chrome glued to the date header: 'Share story'",
                      "fix": {
                        "description": "delete the text after the date", "confidence": "safe",
                        "edits": [{
                          "startLine": 1, "startColumn": 17, "endLine": 1, "endColumn": 29,
                          "startOffset": 16, "endOffset": 28, "replacement": ""
                        }]
                      }
                    },
                    {
                      "rule": "missing-date", "severity": "error", "path": "b.txt",
                      "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 11,
                      "message": "document has no publication date; the text states 2024-06-19",
                      "fix": {
                        "description": "insert the header line 'date 2024-06-19'",
                        "confidence": "likely",
                        "edits": [{
                          "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1,
                          "startOffset": 0, "endOffset": 0, "replacement": " date 2024-06-19\\n"
                        }]
                      }
                    },
                    {
                      "rule": "invalid-input", "severity": "warning", "path": "c.txt",
                      "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1,
                      "message": "empty file; not linted"
                    }
                  ]
                }
                """);
        ((ObjectNode) expected.get("tool")).put("version", ToolInfo.version());
        expected.put("corpusRoot", folder.toString());
        JsonNode actual = write(ReportFixtures.threeDocuments(folder), folder);
        // The corpus statistics have a test of their own (RunStatisticsTest).
        assertEquals(3, ((ObjectNode) actual).remove("statistics").get("documents").asInt());
        assertEquals(expected, actual);
    }

    @Test
    void inMemoryRunHasNoCorpusRoot() throws IOException {
        LintResult result = new CorpusLinter(LintConfig.defaults())
                .lintText("a.txt", " date 2020-01-01\nFine.\n");
        JsonNode report = write(result, null);
        assertEquals(true, report.get("corpusRoot").isNull());
        assertEquals(0, report.get("findings").size());
        assertEquals(JSON.readTree("""
                {"findings": 0, "error": 0, "warning": 0, "info": 0, "byRule": {}}"""),
                report.get("summary"));
    }

    @Test
    void aFixWhoseRuleDoesNotSayIsUnsure() throws IOException {
        Position start = new Position(2, 1, 17);
        Position end = new Position(2, 6, 22);
        Finding finding = new Finding("spelling", Severity.WARNING, "a.txt", start, end,
                "'Fine.' may be misspelled",
                new Fix("replace with 'Good.'", List.of(new TextEdit(start, end, "Good."))));
        JsonNode report = write(new LintResult(List.of(finding), 1, List.of()), null);
        assertEquals("unsure", report.at("/findings/0/fix/confidence").asText());
    }

    @Test
    void duplicateClustersAreListedSoAPipelineCanKeepOneCopy() throws IOException {
        String story = "Bridge closed for repairs\n\nThe old stone bridge over the river will"
                + " close for six weeks from Monday while masons replace the worn parapet and"
                + " resurface the road, the county council said on Friday.\n";
        LintResult result = new CorpusLinter(LintConfig.builder().threads(1).build(),
                List.of(DuplicateDocumentRule::new)).lintDocuments(List.of(
                        new Document("b.txt", " date 2024-02-02\n" + story),
                        new Document("a.txt", " date 2024-02-01\n" + story),
                        new Document("c.txt", " date 2024-02-03\nMenu\n" + story),
                        new Document("d.txt", " date 2024-02-03\nSomething else entirely.\n")),
                null);
        assertEquals(JSON.readTree("""
                [{"canonical": "a.txt", "copies": [
                    {"path": "b.txt", "similarity": 1.0, "exact": true},
                    {"path": "c.txt", "similarity": 1.0, "exact": false}]}]"""),
                write(result, null).get("duplicateClusters"));
        assertEquals(false, write(new CorpusLinter(LintConfig.defaults())
                .lintText("a.txt", " date 2020-01-01\nFine.\n"), null).has("duplicateClusters"));
    }
}
