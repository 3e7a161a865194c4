package org.corpuslint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.DuplicateCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} finds exactly what the single-JVM engine finds: same
 * findings, messages, positions and fixes, on the example corpus and on 2,000 generated
 * articles, as a {@code .txt} folder and as a folder of JSON Lines files (plain and gzip). One
 * Spark session for the class.
 */
class SparkLintEquivalenceTest {

    private static final String CONFIG = String.join("\n",
            "excludes: [\"**/drafts/**\"]",
            "rules:",
            "  missing-date: { options: { referenceDate: 2024-07-01 } }",
            "overrides:",
            "  - folder: metro-wire",
            "    rules: { missing-date: warning }",
            "  - folder: river-gazette",
            "    rules: { duplicate-document: { options: { threshold: 0.9 } } }",
            "");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("corpus-lint-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void exampleCorpusGivesTheFindingsOfALocalRun(@TempDir Path output) throws IOException {
        Path corpus = Path.of("../example-corpus/articles").toAbsolutePath().normalize();
        List<Finding> local = CorpusLinter.forCorpus(corpus).lintDirectory(corpus).findings();

        SparkLintOutcome outcome = SparkCorpusLint.run(spark,
                SparkLintOptions.textFolder(corpus.toString(), output.toString())
                        .withMinPartitions(4).withReports(List.of("sarif", "json", "html")));

        assertEquals(local, outcome.result().findings());
        long articles;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(corpus)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertTrue(articles >= 14, "the example corpus has its articles: " + articles);
        assertEquals(articles, outcome.result().documentCount());
        assertTrue(local.size() > articles, "the example corpus plants defects in most articles");
        assertTrue(outcome.failed(), "the example corpus has errors");
        // The tables hold every finding, and read back to the same findings.
        List<Finding> fromParquet = new ArrayList<>();
        spark.read().parquet(output.resolve(SparkCorpusLint.PARQUET).toString()).collectAsList()
                .forEach(row -> fromParquet.add(FindingRows.finding(row)));
        fromParquet.sort(Finding.REPORT_ORDER);
        assertEquals(local, fromParquet);
        assertEquals(local.size(), spark.read().json(
                output.resolve(SparkCorpusLint.JSON_LINES).toString()).count());
        assertTrue(Files.size(output.resolve("corpus-lint.sarif")) > 0);
        assertTrue(Files.size(output.resolve("corpus-lint.html")) > 0);
    }

    @Test
    void generatedTextFolderGivesTheFindingsOfALocalRun(@TempDir Path root) throws IOException {
        Path corpus = root.resolve("corpus");
        Map<String, String> articles = SyntheticArticles.generate(2_000, 17);
        PlantedCopies.addTo(articles);
        for (Map.Entry<String, String> article : articles.entrySet()) {
            write(corpus.resolve(article.getKey()), article.getValue());
        }
        write(corpus.resolve("coast-herald/drafts/unfinished.txt"), "Not linted\n");
        Files.write(corpus.resolve("upland-daily/empty.txt"), new byte[0]);
        Files.write(corpus.resolve("metro-wire/scan.txt"), new byte[] {'P', 'K', 0, 3});
        write(corpus.resolve(ConfigFile.FILE_NAME), CONFIG);

        LintResult localResult = CorpusLinter.forCorpus(corpus).lintDirectory(corpus);
        List<Finding> local = localResult.findings();

        SparkLintOutcome outcome = SparkCorpusLint.run(spark, SparkLintOptions.textFolder(
                corpus.toString(), root.resolve("out").toString()).withMinPartitions(6));

        assertEquals(local, outcome.result().findings());
        assertEquals(localResult.duplicateClusters(), outcome.result().duplicateClusters());
        assertEquals(articles.size() + 2, outcome.result().documentCount());
        Map<String, Integer> byRule = countByRule(local);
        assertTrue(byRule.keySet().containsAll(List.of("missing-date", "boilerplate",
                "invalid-input", "duplicate-document")), byRule.toString());
        assertPlantedCopiesFound(localResult);
        assertTrue(outcome.work().partitions() >= 6, outcome.work().describe());
        assertTrue(local.stream().anyMatch(f -> f.path().startsWith("metro-wire/")
                && f.ruleId().equals("missing-date") && f.severity() == Severity.WARNING));
    }

    @Test
    void generatedJsonLinesGiveTheFindingsOfALocalRun(@TempDir Path root) throws IOException {
        Path corpus = root.resolve("corpus");
        write(corpus.resolve(ConfigFile.FILE_NAME), CONFIG + "jsonLines: { text: body }\n");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        int n = 0;
        Map<String, String> articles = SyntheticArticles.generate(2_000, 23);
        PlantedCopies.addTo(articles);
        for (Map.Entry<String, String> article : articles.entrySet()) {
            String source = article.getKey().substring(0, article.getKey().indexOf('/'));
            String id = article.getKey().substring(source.length() + 1);
            // Every other record carries its date as a field rather than a header line.
            String text = article.getValue();
            String date = null;
            if (n++ % 2 == 0 && text.startsWith(" date ")) {
                date = text.substring(6, text.indexOf('\n'));
                text = text.substring(text.indexOf('\n') + 1);
            }
            Map<String, String> record = new LinkedHashMap<>();
            record.put("body", text);
            record.put("id", id);
            record.put("date", date);
            record.put("source", source);
            lines.add(json.writeValueAsString(record));
        }
        // Malformed records are invalid-input findings naming their line, in both runs.
        int half = lines.size() / 2;
        write(corpus.resolve("metro-wire/part-0.jsonl"), String.join("\n", lines.subList(0, half))
                + "\n{\"id\": \"cut-off\", \"body\": \"The ferry\n{\"id\": \"no-body\"}\n");
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(String.join("\n", lines.subList(half, lines.size()))
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(corpus.resolve("part-1.jsonl.gz"), packed.toByteArray());
        write(corpus.resolve("drafts/part-2.jsonl"), lines.get(0) + "\n");
        LintResult local = CorpusLinter.forCorpus(corpus).lintDirectory(corpus);

        SparkLintOutcome outcome = SparkCorpusLint.run(spark,
                SparkLintOptions.textFolder(corpus.toString(), root.resolve("out").toString())
                        .withFormat(InputFormat.JSONL).withMinPartitions(2)
                        .withReports(List.of()).withFailOn(null));

        assertEquals(local.findings(), outcome.result().findings());
        assertEquals(local.duplicateClusters(), outcome.result().duplicateClusters());
        assertEquals(local.documentCount(), outcome.result().documentCount());
        assertEquals(articles.size() + 2, outcome.result().documentCount());
        assertTrue(local.duplicateClusters().size() >= 8, local.duplicateClusters().toString());
        assertFalse(outcome.failed());
        assertEquals(List.of("metro-wire/part-0.jsonl#" + (half + 1),
                        "metro-wire/part-0.jsonl#" + (half + 2)),
                local.findings().stream().filter(f -> f.ruleId().equals("invalid-input"))
                        .map(Finding::documentKey).toList());
        assertTrue(countByRule(local.findings()).getOrDefault("missing-date", 0) > 100);
        assertTrue(local.findings().stream().anyMatch(f -> f.path().startsWith("metro-wire/")
                && f.ruleId().equals("missing-date") && f.severity() == Severity.WARNING));
    }

    /**
     * The planted copies are found (so the equality above covers them): exact copies as
     * warnings, near ones as info, and the chain as one cluster although its ends alone are
     * not near copies.
     */
    private static void assertPlantedCopiesFound(LintResult result) {
        List<Finding> duplicates = result.findings().stream()
                .filter(f -> f.ruleId().equals("duplicate-document")).toList();
        assertTrue(duplicates.stream().anyMatch(f -> f.path().equals("copies/exact-100.txt")
                && f.severity() == Severity.WARNING), duplicates.toString());
        assertTrue(duplicates.stream().anyMatch(f -> f.path().equals("copies/near-900.txt")
                && f.severity() == Severity.INFO), duplicates.toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.path().equals("copies/redated.txt")
                && f.ruleId().equals("date-consistency")), "the later-dated exact copy");
        DuplicateCluster chain = result.duplicateClusters().stream()
                .filter(c -> c.canonical().equals(PlantedCopies.CHAIN.get(0))).findFirst()
                .orElseThrow();
        assertEquals(PlantedCopies.CHAIN.subList(1, 3),
                chain.copies().stream().map(DuplicateCluster.Copy::path).toList());
        assertTrue(chain.copies().get(1).similarity() < 0.75, chain.toString());
    }

    private static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
