package org.corpuslint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report of the example corpus from disk in headless Chromium, as a person
 * would, and checks what the page shows: the summary numbers, a highlighted finding with its
 * message, and the filters. A small script injected after the report's own one does the
 * clicking and writes what it saw into the DOM, which {@code chromium --dump-dom} prints; no
 * driver library or download is needed. Saves {@code target/html-report.png}, the screenshot in
 * the README. Skipped when no Chromium is installed, unless {@code -Dcorpus-lint.browserTest=
 * required} (as {@code .ci/run} sets), which turns a missing browser into a failure.
 */
class HtmlReportBrowserTest {

    private static final Path EXAMPLE_CORPUS = Path.of("..", "example-corpus", "articles");
    private static final Path OUTPUT = Path.of("target", "browser-test");
    private static final Path SCREENSHOT = Path.of("target", "html-report.png");
    private static final String DOCUMENT = "03-film-festival.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String chromium;
    private static CheckOutcome outcome;
    private static Path report;

    @BeforeAll
    static void generateTheReportOfTheExampleCorpus() {
        Optional<String> browser = findChromium();
        if (browser.isEmpty()) {
            if ("required".equals(System.getProperty("corpus-lint.browserTest"))) {
                fail("corpus-lint.browserTest=required, but no chromium was found on the PATH"
                        + " (set -Dcorpus-lint.chromium=/path/to/chromium)");
            }
            Assumptions.abort("no chromium on the PATH: browser test skipped");
        }
        chromium = browser.get();
        LintConfig config = LintConfig.builder()
                .ruleOption("missing-date", "referenceDate", "2025-01-01").build();
        outcome = new CheckExecutor().execute(new CheckRequest(EXAMPLE_CORPUS, config, OUTPUT,
                List.of("html"), Severity.ERROR));
        report = OUTPUT.resolve("corpus-lint.html").toAbsolutePath();
    }

    @Test
    void summaryHighlightAndFiltersWorkInARealBrowser() throws Exception {
        JsonNode seen = selfTest(report, "/browser/self-test.js", DOCUMENT);
        assertEquals("[]", seen.get("errors").toString(), "script errors in the page");

        var counts = outcome.result().countBySeverity();
        assertEquals(String.valueOf(outcome.result().documentCount()),
                seen.at("/summary/documents").asText());
        assertEquals(String.valueOf(outcome.result().findings().size()),
                seen.at("/summary/findings").asText());
        assertEquals(String.valueOf(counts.get(Severity.ERROR)), seen.at("/summary/error").asText());
        assertEquals(String.valueOf(counts.get(Severity.WARNING)),
                seen.at("/summary/warning").asText());
        assertEquals(String.valueOf(counts.get(Severity.INFO)), seen.at("/summary/info").asText());
        assertTrue(seen.get("summaryVisible").asBoolean(), "summary cards not visible");
        List<String> ruleRows = new ArrayList<>();
        outcome.result().countByRule().entrySet().stream()
                .sorted((a, b) -> total(b.getValue()) - total(a.getValue()))
                .forEach(e -> ruleRows.add(e.getKey() + "=" + total(e.getValue())));
        assertEquals(ruleRows, texts(seen.get("ruleRows")));
        assertTrue(seen.get("barsVisible").asBoolean(), "bar chart not visible");

        List<String> withFindings = outcome.result().findings().stream()
                .map(f -> f.path()).distinct().toList();
        assertEquals(withFindings, texts(seen.get("listed")));

        assertEquals(DOCUMENT, seen.get("openTitle").asText());
        assertEquals("Subscribe now for unlimited access", seen.at("/mark/text").asText());
        assertTrue(seen.at("/mark/visible").asBoolean(), "highlight not visible");
        assertEquals("s1 bp", seen.at("/mark/classes").asText());
        assertTrue(seen.get("headerLineMarked").asBoolean(), "date header not marked");
        assertTrue(seen.get("popoverVisible").asBoolean(), "no popover on click");
        assertEquals("warningboilerplateline 1, column 18page chrome glued to the date header:"
                + " 'Subscribe now for unlimited access'Suggestion: delete the text after the"
                + " date", seen.get("popover").asText());

        assertEquals(documentsWith("boilerplate", null), texts(seen.get("byRule")));
        assertEquals(documentsWith(null, Severity.WARNING), texts(seen.get("bySeverity")));
        assertEquals(List.of("11-ferry-strike.txt"), texts(seen.get("byName")));
    }

    @Test
    void markupInADocumentIsShownAsTextAndRunsNothing() throws Exception {
        String glued = "</script><script>document.title='pwned'</script>"
                + "<img src=x onerror=\"document.title='pwned'\"><!-- \u2028 &amp;";
        Path corpus = OUTPUT.resolve("hostile-corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("evil.txt"), " date 2024-06-19 " + glued + "\nBody.\n");
        Path reports = OUTPUT.resolve("hostile");
        new CheckExecutor().execute(new CheckRequest(corpus, LintConfig.defaults(), reports,
                List.of("html"), null));

        JsonNode seen = selfTest(reports.resolve("corpus-lint.html"), "/browser/hostile-test.js",
                "");
        assertEquals("[]", seen.get("errors").toString());
        assertEquals("corpus-lint report", seen.get("title").asText());
        assertEquals(4, seen.get("scripts").asInt(), "the page's two, the test's two");
        assertEquals(0, seen.get("images").asInt());
        assertEquals(" date 2024-06-19 " + glued, seen.get("header").asText()
                .replace("\u200b", ""));
        assertTrue(seen.get("message").asText().contains("page chrome glued to the date header: '"
                + glued + "'"), seen.get("message").asText());
    }

    @Test
    void screenshotOfTheReportWithAFindingOpen() throws Exception {
        Files.deleteIfExists(SCREENSHOT);
        run(List.of("--window-size=1400,1000",
                "--screenshot=" + SCREENSHOT.toAbsolutePath(),
                report.toUri() + "#doc=" + DOCUMENT + "&finding=0"));
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertTrue(png.length > 20_000, "screenshot suspiciously small: " + png.length);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    private static int total(java.util.Map<Severity, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> documentsWith(String rule, Severity severity) {
        return outcome.result().findings().stream()
                .filter(f -> rule == null || f.ruleId().equals(rule))
                .filter(f -> severity == null || f.severity() == severity)
                .map(f -> f.path()).distinct().toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** {@code page} with a test script injected, opened from disk; what the script saw. */
    private static JsonNode selfTest(Path page, String script, String document)
            throws IOException, InterruptedException {
        String html = Files.readString(page);
        String selfTest;
        try (InputStream in = HtmlReportBrowserTest.class.getResourceAsStream(script)) {
            selfTest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String errorRecorder = "<script>window.addEventListener('error', function (e) {"
                + " (window.reportErrors = window.reportErrors || []).push(e.message); });</script>\n";
        String injected = html
                .replace("<script type=\"application/json\"", errorRecorder
                        + "<script type=\"application/json\"")
                .replace("</body>", "<script>var SELF_TEST_DOCUMENT = '" + document + "';\n"
                        + selfTest + "\n(window.reportErrors || []).forEach(function (m) {"
                        + " document.getElementById('self-test-result').textContent ="
                        + " encodeURIComponent(JSON.stringify({errors: [m]})); });</script>\n"
                        + "</body>");
        Path copy = page.resolveSibling("self-test.html").toAbsolutePath();
        Files.writeString(copy, injected);
        String dom = run(List.of("--dump-dom", copy.toUri().toString()));
        Matcher m = Pattern.compile("<pre id=\"self-test-result\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the self-test wrote no result; DOM was:\n" + dom);
        return JSON.readTree(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }

    /** Runs headless Chromium with no network at all; returns its standard output. */
    private static String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--no-pings",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + OUTPUT.resolve("chromium-profile").toAbsolutePath()));
        command.addAll(arguments);
        Path log = OUTPUT.resolve("chromium.log");
        Process process = new ProcessBuilder(command)
                .redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s");
        }
        assertEquals(0, process.exitValue(), "chromium failed; see " + log.toAbsolutePath());
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Optional<String> findChromium() {
        String configured = System.getProperty("corpus-lint.chromium");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }
}
