package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus-lint.html: one self-contained page with the data embedded once as JSON. */
class HtmlReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"corpus-lint-data\">(.*?)</script>",
            Pattern.DOTALL);

    /** The JSON of the page's data block. */
    static JsonNode embeddedData(String page) {
        Matcher m = DATA.matcher(page);
        assertTrue(m.find(), "no data block");
        try {
            return JSON.readTree(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(LintResult result, ReportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(result, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> findings(JsonNode doc) {
        List<String> rows = new ArrayList<>();
        doc.get("findings").forEach(f -> rows.add(f.toString()));
        return rows;
    }

    @Test
    void embedsEachDocumentWithFindingsOnceWithTextHeaderAndFindingTuples(@TempDir Path folder)
            throws IOException {
        LintResult result = ReportFixtures.threeDocuments(folder);
        JsonNode data = embeddedData(write(result, new ReportContext(folder)));

        assertEquals(3, data.get("documents").asInt());
        assertEquals(folder.toString(), data.get("corpusRoot").asText());
        assertEquals("[\"error\",\"warning\",\"info\"]", data.get("severities").toString());
        List<String> rules = new ArrayList<>();
        data.get("rules").forEach(r -> rules.add(r.get("id").asText()));
        List<String> golden = new ArrayList<>(GoldenRules.IDS);
        golden.addAll(List.of("invalid-input", "rule-failure"));
        assertEquals(golden, rules);
        assertEquals("[\"page chrome glued to the date header: 'Share story'\","
                + "\"delete the text after the date\","
                + "\"document has no publication date; the text states 2024-06-19\","
                + "\"insert the header line 'date 2024-06-19'\",\"empty file; not linted\"]",
                data.get("strings").toString());

        JsonNode a = data.at("/docs/0");
        assertEquals("a.txt", a.get("path").asText());
        assertEquals(" date 2024-06-19 Share story\nFerry.\n", a.get("text").asText());
        assertEquals(28, a.get("header").asInt());
        assertTrue(a.get("note").isNull());
        // rule, severity, start offset, end offset, line, column, message, suggestion
        assertEquals(List.of("[1,1,17,28,1,18,0,1]"), findings(a));

        JsonNode b = data.at("/docs/1");
        assertEquals(-1, b.get("header").asInt());
        assertEquals(List.of("[0,0,0,10,1,1,2,3]"), findings(b));

        JsonNode c = data.at("/docs/2");
        assertEquals("c.txt", c.get("path").asText());
        assertTrue(c.get("text").isNull());
        assertEquals("This file could not be linted, so its text is not shown.",
                c.get("note").asText());
        int invalidInput = golden.indexOf("invalid-input");
        assertEquals(List.of("[" + invalidInput + ",1,0,0,1,1,4,-1]"), findings(c));
        assertEquals(3, data.get("docs").size());
    }

    @Test
    void cleanDocumentsAreCountedButNotEmbedded(@TempDir Path folder) throws IOException {
        new TempCorpus(folder).file("clean.txt", " date 2024-01-02\nQuiet day.\n")
                .file("undated.txt", "No date here.\n");
        LintResult result = new CorpusLinter(LintConfig.defaults()).lintDirectory(folder);
        String page = write(result, new ReportContext(folder));
        JsonNode data = embeddedData(page);
        assertEquals(2, data.get("documents").asInt());
        assertEquals(1, data.get("docs").size());
        assertEquals("undated.txt", data.at("/docs/0/path").asText());
        assertFalse(page.contains("Quiet day."));
    }

    @Test
    void aFileChangedAfterTheRunIsShownWithoutHighlights(@TempDir Path folder)
            throws IOException {
        LintResult result = ReportFixtures.threeDocuments(folder);
        Files.writeString(folder.resolve("a.txt"), "rewritten\n");
        Files.delete(folder.resolve("b.txt"));
        JsonNode data = embeddedData(write(result, new ReportContext(folder)));
        assertTrue(data.at("/docs/0/text").isNull());
        assertEquals("The file changed after it was linted, so the findings cannot be shown in"
                + " its text.", data.at("/docs/0/note").asText());
        assertEquals("The text of this document is not available to the report.",
                data.at("/docs/1/note").asText());
        assertEquals(1, data.at("/docs/0/findings").size());
    }

    @Test
    void textsAreReadInTheConfiguredEncodingAndWithoutTheByteOrderMark(@TempDir Path folder)
            throws IOException {
        byte[] latin1 = "\uFEFFNo date, caf\u00E9.\n".getBytes(StandardCharsets.UTF_8);
        new TempCorpus(folder).bytes("bom.txt", latin1)
                .bytes("latin.txt", "Caf\u00E9 opens.\n".getBytes(StandardCharsets.ISO_8859_1));
        LintConfig config = LintConfig.builder().charset(StandardCharsets.ISO_8859_1).build();
        LintResult result = new CorpusLinter(config).lintDirectory(folder);
        JsonNode data = embeddedData(write(result, new ReportContext(folder,
                DocumentTexts.fromFolder(folder, StandardCharsets.ISO_8859_1))));
        assertEquals("Caf\u00E9 opens.\n", data.at("/docs/1/text").asText());
        JsonNode utf8 = embeddedData(write(new CorpusLinter(LintConfig.defaults())
                .lintDirectory(folder), new ReportContext(folder)));
        assertEquals("No date, caf\u00E9.\n", utf8.at("/docs/0/text").asText());
        assertTrue(utf8.at("/docs/1/text").isNull(), "latin-1 bytes are invalid UTF-8");
    }

    @Test
    void pageIsSelfContained(@TempDir Path folder) throws IOException {
        String page = write(ReportFixtures.threeDocuments(folder), new ReportContext(folder));
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*\"(https?:)?//").matcher(page).find());
        assertFalse(Pattern.compile("(?i)<link|@import|url\\(").matcher(page).find());
        assertFalse(page.contains("@@"), "template marker left in the page");
        assertTrue(page.contains("default-src 'none'"), "the page forbids any network access");
    }

    @Test
    void inMemoryRunShowsTextsGivenByTheCaller() throws IOException {
        org.corpuslint.document.Document doc =
                new org.corpuslint.document.Document("ferry.txt", "Ferry resumes.\n");
        LintResult result = new CorpusLinter(LintConfig.defaults())
                .lintDocuments(List.of(doc), null);
        JsonNode data = embeddedData(write(result,
                new ReportContext(null, DocumentTexts.of(List.of(doc)))));
        assertEquals("Ferry resumes.\n", data.at("/docs/0/text").asText());
        assertTrue(data.get("corpusRoot").isNull());
        JsonNode none = embeddedData(write(result, new ReportContext(null)));
        assertTrue(none.at("/docs/0/text").isNull());
    }
}
