package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;
import org.junit.jupiter.api.Test;

/** Every report format names the file, the record (line and id) and the place in its text. */
class RecordLocationReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final RuleMetadata INVALID_INPUT = new CorpusLinter(LintConfig.defaults())
            .allRules().stream().filter(rule -> rule.id().equals("invalid-input")).findFirst()
            .orElseThrow();

    private static final Finding IN_RECORD = new Finding("missing-date", Severity.ERROR,
            "feeds/june.jsonl.gz", new Position(2, 5, 14), new Position(2, 9, 18),
            "a message", null, new RecordLocation(41, "art-9"));
    private static final Finding WITHOUT_ID = new Finding("invalid-input",
            Severity.ERROR, "feeds/june.jsonl.gz", new Position(1, 1, 0), new Position(1, 1, 0),
            "record is not a JSON object; not linted", null, new RecordLocation(7, null));

    private static final LintResult RESULT = new LintResult(List.of(WITHOUT_ID, IN_RECORD), 50,
            List.of(INVALID_INPUT));

    private static String write(ReportWriter writer, ReportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(RESULT, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void consoleLineNamesTheRecordAfterTheFile() {
        assertEquals("feeds/june.jsonl.gz#41[id=art-9]:2:5: error [missing-date] a message",
                new ConsoleReport(p -> p).line(IN_RECORD));
        assertEquals("feeds/june.jsonl.gz#7:1:1: error [invalid-input] record is not a JSON"
                + " object; not linted", new ConsoleReport(p -> p).line(WITHOUT_ID));
    }

    @Test
    void jsonHasARecordObject() throws IOException {
        JsonNode findings = JSON.readTree(write(new JsonReportWriter(),
                new ReportContext(null))).get("findings");
        assertEquals(JSON.readTree("{\"line\":7}"), findings.get(0).get("record"));
        assertEquals(JSON.readTree("{\"line\":41,\"id\":\"art-9\"}"),
                findings.get(1).get("record"));
        assertEquals(2, findings.get(1).get("startLine").asInt());
        assertEquals(5, findings.get(1).get("startColumn").asInt());
    }

    @Test
    void sarifUsesALogicalLocationForTheRecordAndItsLineAsTheRegion() throws IOException {
        JsonNode result = JSON.readTree(write(new SarifReportWriter(), new ReportContext(null)))
                .get("runs").get(0).get("results").get(1);
        JsonNode location = result.get("locations").get(0);
        assertEquals("feeds/june.jsonl.gz",
                location.get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals(41, location.get("physicalLocation").get("region").get("startLine").asInt());
        JsonNode logical = location.get("logicalLocations").get(0);
        assertEquals("art-9", logical.get("name").asText());
        assertEquals("feeds/june.jsonl.gz#41", logical.get("fullyQualifiedName").asText());
        assertEquals("object", logical.get("kind").asText());
        assertEquals(2, result.get("properties").get("textRegion").get("startLine").asInt());
        assertEquals(5, result.get("properties").get("textRegion").get("startColumn").asInt());
    }

    @Test
    void checkstyleNamesTheRecordInTheMessage() throws IOException {
        String xml = write(new CheckstyleXmlReportWriter(), new ReportContext(null));
        assertTrue(xml.contains("<error line=\"2\" column=\"5\" severity=\"error\""
                + " message=\"record 41 (id art-9): a message\""), xml);
        assertTrue(xml.contains("message=\"record 7: record is not a JSON object; not linted\""),
                xml);
    }

    @Test
    void htmlListsEachRecordAsADocumentAndShowsOnlyAKeptText() throws IOException {
        String html = write(new HtmlReportWriter(), new ReportContext(null,
                key -> key.equals("feeds/june.jsonl.gz#41")
                        ? Optional.of("Line one.\nThe date is gone.") : Optional.empty()));
        assertTrue(html.contains("\"path\":\"feeds/june.jsonl.gz#41[id=art-9]\""), html);
        assertTrue(html.contains("\"path\":\"feeds/june.jsonl.gz#7\""), html);
        assertTrue(html.contains("The date is gone."), html);
        assertFalse(html.contains("The text of this record is not kept"), html);
    }
}
