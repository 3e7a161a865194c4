package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintSession;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ConsoleReport;
import org.corpuslint.report.ReportWriters;
import org.corpuslint.testing.AllRules;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed check (findings spooled to disk, spilled every few findings, read back merged)
 * writes the same reports, byte for byte, as a check that holds its findings, on a corpus
 * made of every rule's fixture documents, with a JSON Lines file and unreadable input.
 */
class StreamedCheckTest {

    @TempDir
    Path folder;

    private Path corpus;

    /** Every built-in rule's fixture corpora, each in a folder of its own. */
    @BeforeEach
    void everyRulesFixtures() throws IOException, URISyntaxException {
        corpus = folder.resolve("corpus");
        Path rules = Path.of(getClass().getResource("/org/corpuslint/rules").toURI());
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Path relative = rules.relativize(file);
                Path target = corpus.resolve(relative.toString().replace("/fixtures/", "/"));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.createDirectories(corpus.resolve("wire"));
        Files.writeString(corpus.resolve("wire/feed.jsonl"), """
                {"id": "w-1", "date": "2024-05-02", "text": "Harbour news\\nThe ferry is late agian.\\n"}
                {"id": "w-2", "text": "Undated\\nNo date here.\\n"}
                not json at all
                """, StandardCharsets.UTF_8);
        Files.write(corpus.resolve("wire/broken.txt"), new byte[] {'a', (byte) 0xC3, '\n'});
    }

    /**
     * After new findings in a file the baseline knows and in a new file, the streamed run of
     * {@code streamedRequest} filters them as a check that holds its findings does.
     */
    private void assertStreamedFiltersAsHeld(Path baseline, CheckRequest streamedRequest)
            throws IOException {
        appendALateRecordToTheFeed();
        Files.writeString(corpus.resolve("wire/new.txt"), "Subscribe now\nNo date.\n");
        CheckOutcome held = new CheckExecutor().execute(request("held", baseline));
        try (StreamedCheckOutcome streamed =
                new CheckExecutor(3).executeStreaming(streamedRequest)) {
            assertTrue(held.baseline().baselined() > 0);
            assertTrue(!held.result().findings().isEmpty());
            assertEquals(held.result().findings(), read(streamed));
            assertEquals(held.baseline().summary(), streamed.baseline().summary());
            assertSameReports("held", "streamed");
        }
    }

    /** An edit between two runs: one more record, with a typo, in the JSON Lines feed. */
    private void appendALateRecordToTheFeed() throws IOException {
        Path feed = corpus.resolve("wire/feed.jsonl");
        Files.writeString(feed, Files.readString(feed)
                + "{\"id\": \"w-3\", \"text\": \"Late\\nThe barge is late agian.\\n\"}\n");
    }

    private CheckRequest request(String output, Path baseline) {
        LintConfig config = TestConfigs.fixedDay().threads(2).build();
        return new CheckRequest(corpus, config, folder.resolve(output),
                ReportWriters.formats(), Severity.ERROR, ViolationBudget.NONE, baseline)
                .withMaxEmbeddedTexts(3);
    }

    @Test
    void streamedReportsEqualTheReportsOfAHeldRun() throws IOException {
        CheckOutcome held = new CheckExecutor().execute(request("held", null));
        Set<String> rules = new TreeSet<>();
        held.result().findings().forEach(f -> rules.add(f.ruleId()));
        List<String> every = new ArrayList<>(AllRules.idsInDocumentationOrder());
        every.remove("rule-failure"); // no built-in rule fails on purpose
        assertTrue(rules.containsAll(every), "findings of every rule: " + rules);
        try (StreamedCheckOutcome streamed =
                new CheckExecutor(5).executeStreaming(request("streamed", null))) {
            assertEquals(held.result().findings(), read(streamed));
            assertSameReports("held", "streamed");
            ConsoleReport console = new ConsoleReport(p -> p);
            assertEquals(console.summary(held.result()), console.summary(streamed.result()));
            assertEquals(console.fixHint(held.result()), console.fixHint(streamed.result()));
            assertEquals(held.failed(), streamed.failed());
            assertEquals(held.failureMessage().replace("held", "streamed"),
                    streamed.failureMessage());
            assertEquals(held.failingFindings(), streamed.failingFindings());
        }
    }

    @Test
    void aBaselineFiltersAStreamedRunAsItFiltersAHeldOne() throws IOException {
        Path baseline = folder.resolve("baseline.json");
        Baseline.record(LintSession.open(corpus, request("x", null).config())).write(baseline);
        assertStreamedFiltersAsHeld(baseline, request("streamed", baseline));
    }

    /**
     * An incremental run, its findings partly from the cache and partly found again, spools
     * them file by file as a full run does: every spill holds at most the buffer plus one
     * file's findings (one list of the run's findings would spill once, whole), and the
     * reports are those of a full run that holds its findings.
     */
    @Test
    void anIncrementalRunSpoolsItsFindingsFileByFile() throws IOException {
        Path cache = folder.resolve("cache/corpus-lint.cache");
        try (StreamedCheckOutcome first = new CheckExecutor(5)
                .executeStreaming(request("first", null).withCacheFile(cache))) {
            assertEquals(new CheckExecutor().execute(request("full", null)).result().findings(),
                    read(first));
        }
        appendALateRecordToTheFeed();
        CheckOutcome held = new CheckExecutor().execute(request("held", null));
        List<String> notices = new ArrayList<>();
        try (StreamedCheckOutcome streamed = new CheckExecutor(5).executeStreaming(
                request("streamed", null).withCacheFile(cache), notices::add)) {
            assertTrue(notices.stream().anyMatch(n -> n.startsWith("cache: 1 changed")),
                    "the cache was used: " + notices);
            List<Finding> findings = held.result().findings();
            assertEquals(findings, read(streamed));
            assertSameReports("held", "streamed");
            assertEquals(held.failureMessage().replace("held", "streamed"),
                    streamed.failureMessage());
            int largestFile = findings.stream()
                    .collect(Collectors.groupingBy(Finding::path, Collectors.counting()))
                    .values().stream().mapToInt(Long::intValue).max().orElseThrow();
            int perSpill = 5 - 1 + largestFile;
            assertTrue(streamed.spills() >= (findings.size() + perSpill - 1) / perSpill,
                    streamed.spills() + " spills of " + findings.size() + " findings");
        }
    }

    @Test
    void aBaselineFiltersAStreamedIncrementalRunAsAHeldFullRun() throws IOException {
        Path baseline = folder.resolve("baseline.json");
        Baseline.record(LintSession.open(corpus, request("x", null).config())).write(baseline);
        Path cache = folder.resolve("cache/corpus-lint.cache");
        new CheckExecutor(3).executeStreaming(request("first", baseline).withCacheFile(cache))
                .close();
        assertStreamedFiltersAsHeld(baseline,
                request("streamed", baseline).withCacheFile(cache));
    }

    /**
     * The baseline goal spools its findings and writes the file from the spool one corpus file
     * at a time: the same entries, byte for byte in the layout of a baseline built in memory.
     */
    @Test
    void aBaselineRecordedFromTheSpoolIsTheBaselineOfTheHeldFindings() throws IOException {
        LintConfig config = request("x", null).config();
        Path spooled = folder.resolve("spooled.json");
        BaselineOutcome outcome = new BaselineExecutor(3).execute(new BaselineRequest(
                new LintTarget(corpus, config), spooled, false));
        Baseline held = Baseline.record(LintSession.open(corpus, config));
        assertTrue(held.entries().size() > 100, "entries: " + held.entries().size());
        assertEquals(held.entries().size(), outcome.findings());
        assertEquals(held.entries(), Baseline.read(spooled).entries());
        assertEquals(inMemoryLayout(held), Files.readString(spooled, StandardCharsets.UTF_8));
    }

    /** A baseline file as a tree built whole and then printed. */
    private static String inMemoryLayout(Baseline baseline) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json =
                new com.fasterxml.jackson.databind.ObjectMapper().enable(
                        com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        root.put("schemaVersion", Baseline.SCHEMA_VERSION);
        root.putObject("tool").put("name", org.corpuslint.report.ToolInfo.NAME)
                .put("version", org.corpuslint.report.ToolInfo.version());
        com.fasterxml.jackson.databind.node.ArrayNode findings = root.putArray("findings");
        for (org.corpuslint.baseline.BaselineEntry e : baseline.entries()) {
            findings.addObject().put("rule", e.rule()).put("path", e.path())
                    .put("line", e.line()).put("message", e.message()).put("text", e.text())
                    .put("context", e.context());
        }
        return json.writeValueAsString(root) + "\n";
    }

    private void assertSameReports(String a, String b) throws IOException {
        for (String format : ReportWriters.formats()) {
            String name = ReportWriters.forFormat(format).fileName();
            assertEquals(mask(folder.resolve(a).resolve(name)),
                    mask(folder.resolve(b).resolve(name)), name);
        }
    }

    /** The HTML report's time of writing, to the second. */
    private static String mask(Path report) throws IOException {
        return Files.readString(report, StandardCharsets.UTF_8)
                .replaceAll("\"generated\":\"[0-9T:Z-]+\"", "\"generated\":\"@TIME@\"");
    }

    private static List<Finding> read(StreamedCheckOutcome outcome) {
        List<Finding> findings = new ArrayList<>();
        try (FindingCursor cursor = outcome.result().openFindings()) {
            cursor.forEachRemaining(findings::add);
        }
        return findings;
    }
}
