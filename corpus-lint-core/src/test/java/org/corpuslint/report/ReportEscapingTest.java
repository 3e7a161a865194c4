package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Every report writer carries hostile document text ({@link HostileText}) without breaking its
 * format or letting the text inject markup or commands, both for text read from a file and for
 * in-memory text with lone surrogates.
 */
class ReportEscapingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static byte[] write(ReportWriter writer, LintResult result, ReportContext context)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(result, context, out);
        return out.toByteArray();
    }

    private static Finding boilerplate(LintResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("boilerplate"))
                .findFirst().orElseThrow();
    }

    @Test
    void theHostileTextReachesTheWritersUnchanged() {
        assertEquals(HostileText.message(HostileText.FROM_FILE),
                boilerplate(HostileText.inFolder(folder)).message());
        assertEquals(HostileText.message(HostileText.IN_MEMORY),
                boilerplate(HostileText.inMemory()).message());
    }

    @Test
    void jsonReportParsesBackToTheExactText() throws IOException {
        for (LintResult result : List.of(HostileText.inFolder(folder), HostileText.inMemory())) {
            JsonNode report = JSON.readTree(write(new JsonReportWriter(), result,
                    new ReportContext(folder)));
            assertEquals(boilerplate(result).message(),
                    report.at("/findings/0/message").asText());
            assertEquals(HostileText.PATH, report.at("/findings/0/path").asText());
        }
    }

    @Test
    void sarifReportParsesBackToTheExactText() throws IOException {
        for (LintResult result : List.of(HostileText.inFolder(folder), HostileText.inMemory())) {
            JsonNode report = JSON.readTree(write(new SarifReportWriter(), result,
                    new ReportContext(folder)));
            assertEquals(boilerplate(result).message(),
                    report.at("/runs/0/results/0/message/text").asText());
        }
    }

    @Test
    void htmlReportHasNoInjectedMarkupAndItsDataParsesBackToTheExactText() throws IOException {
        LintResult fromFile = HostileText.inFolder(folder);
        LintResult inMemory = HostileText.inMemory();
        List<ReportContext> contexts = List.of(new ReportContext(folder),
                new ReportContext(null, HostileText.inMemoryTexts()));
        List<String> texts = List.of(HostileText.document(HostileText.FROM_FILE),
                HostileText.document(HostileText.IN_MEMORY));
        List<LintResult> results = List.of(fromFile, inMemory);
        for (int i = 0; i < 2; i++) {
            String page = new String(write(new HtmlReportWriter(), results.get(i),
                    contexts.get(i)), StandardCharsets.UTF_8);
            // The page's own two scripts close; the document's "</script>" does not appear.
            assertEquals(2, occurrences(page, "</script>"), "raw </script> in the page");
            assertEquals(0, occurrences(page, "<!--"), "raw <!-- in the page");
            assertFalse(page.contains("\u2028") || page.contains("\u2029"));
            JsonNode data = HtmlReportTest.embeddedData(page);
            JsonNode doc = data.at("/docs/0");
            assertEquals(HostileText.PATH, doc.get("path").asText());
            assertEquals(texts.get(i), doc.get("text").asText());
            int message = doc.at("/findings/0/6").asInt();
            assertEquals(boilerplate(results.get(i)).message(),
                    data.at("/strings/" + message).asText());
        }
    }

    @Test
    void checkstyleXmlIsWellFormedAndKeepsEveryCharacterXmlCanCarry() throws Exception {
        for (LintResult result : List.of(HostileText.inFolder(folder), HostileText.inMemory())) {
            byte[] xml = write(new CheckstyleXmlReportWriter(), result, new ReportContext(null));
            Element error = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml)).getElementsByTagName("error").item(0);
            String expected = XmlTextTest.asXmlCanCarry(boilerplate(result).message()
                    + " (suggestion: delete the text after the date)");
            assertEquals(expected, error.getAttribute("message"));
            assertEquals(HostileText.PATH,
                    ((Element) error.getParentNode()).getAttribute("name"));
            assertTrue(expected.contains("</script>") && expected.contains("]]>"));
        }
    }

    @Test
    void githubAnnotationIsOneLineThatCannotStartAnotherCommand() {
        for (LintResult result : List.of(HostileText.inFolder(folder), HostileText.inMemory())) {
            String line = GithubAnnotations.line(boilerplate(result), "corpus/" + HostileText.PATH);
            assertFalse(line.chars().anyMatch(Character::isISOControl), line);
            assertEquals(1, occurrences(line, "::warning "));
            assertTrue(line.startsWith("::warning file=corpus/evil <b>\"&'.txt,line=1,col=18,"),
                    line);
            String message = line.substring(line.indexOf("::", 2) + 2);
            assertTrue(message.startsWith("page chrome glued to the date header: '</script>"
                    + "<script>alert(1)</script> <!-- ]]> \"q\" 'a' &amp; 100%25 ::error"
                    + " file=x,line=1::boom \u2028\u2029 "), message);
        }
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
