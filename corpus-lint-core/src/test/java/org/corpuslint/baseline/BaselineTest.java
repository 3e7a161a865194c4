package org.corpuslint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;
import org.corpuslint.model.Finding;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.testing.ReplaceRule;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline, then edit the corpus, then compare: what comes back and what stays accepted. */
class BaselineTest {

    private static final String UNDATED = "Grain barges\nBarges arrived at dawn.\n\n"
            + "The river was calm.\n";
    private static final String GLUED = " date 2024-05-02 Subscribe now\nMarket day\n"
            + "Stalls opened.\nPrices held.\n";

    @TempDir
    Path folder;

    private static LintConfig config() {
        return TestConfigs.fixedDay().build();
    }

    private TempCorpus corpus() {
        return new TempCorpus(folder.resolve("corpus")).file("a.txt", UNDATED)
                .file("b.txt", GLUED).file("c.txt", " date 2024-05-03\nQuiet\nNothing.\n");
    }

    private Path baselineOf(TempCorpus corpus) {
        Path file = folder.resolve("corpus-lint-baseline.json");
        Baseline.record(config(), corpus.root()).write(file);
        return file;
    }

    private static BaselineComparison compare(Path baselineFile, TempCorpus corpus) {
        FindingFingerprints fingerprints = new FindingFingerprints();
        LintResult result = LintSession.open(corpus.root(), config()).lintAll(fingerprints);
        return Baseline.read(baselineFile).compare(baselineFile, result.findings(), fingerprints);
    }

    @Test
    void theBaselineFileIsReadableByAllAsTheReportsAre() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = baselineOf(corpus());
        // It was written rw------- (the temporary file's mode) while reports were rw-r--r--.
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }

    @Test
    void rewritingTheBaselineKeepsTheModeItWasGiven() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        TempCorpus corpus = corpus();
        Path file = baselineOf(corpus);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        Baseline.record(config(), corpus.root()).write(file);
        assertEquals("rw-rw----", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }

    @Test
    void recordingFromNoDocumentIsAnEmptyBaseline() {
        // refusing an empty run is the workflow's job: FixAndBaselineExecutorTest
        LintConfig typo = config().toBuilder().includes(List.of("*.text")).build();
        assertEquals(List.of(), Baseline.record(typo, corpus().root()).entries());
    }

    @Test
    void anUnchangedCorpusHasNoNewFindings() {
        TempCorpus corpus = corpus();
        Path baseline = baselineOf(corpus);

        BaselineComparison comparison = compare(baseline, corpus);

        assertEquals(List.of(), comparison.newFindings());
        assertEquals(2, comparison.baselined());
        assertEquals(List.of("corpus-lint baseline " + baseline + ": 2 findings are in the"
                + " baseline and not reported"), comparison.summary());
    }

    @Test
    void editingOtherLinesDoesNotResurrectBaselinedFindings() {
        TempCorpus corpus = corpus();
        Path baseline = baselineOf(corpus);
        // Lines added and removed around the findings, and a neighbouring line reworded.
        corpus.file("a.txt", "Grain barges\nBarges arrived late.\n\nThe river was calm.\n"
                + "More barges are due.\n");
        corpus.file("b.txt", " date 2024-05-02 Subscribe now\nMarket day\nPrices held.\n"
                + "Traders were pleased.\n");

        BaselineComparison comparison = compare(baseline, corpus);

        assertEquals(List.of(), comparison.newFindings());
        assertEquals(2, comparison.baselined());
        assertEquals(List.of(), comparison.fixed());
    }

    @Test
    void newFindingsAreReportedAndFixedOnesCounted() {
        TempCorpus corpus = corpus();
        Path baseline = baselineOf(corpus);
        corpus.file("b.txt", " date 2024-05-02\nMarket day\nStalls opened.\nPrices held.\n");
        corpus.file("d.txt", "Ferry news\nBoats ran.\n");
        corpus.file("a.txt", "Grain barges are late\nBarges arrived at dawn.\n");

        BaselineComparison comparison = compare(baseline, corpus);

        assertEquals(List.of(
                "a.txt:1:1-1:22 error [missing-date] document has no publication date",
                "d.txt:1:1-1:11 error [missing-date] document has no publication date"),
                RuleFixture.render(comparison.newFindings()));
        assertEquals(0, comparison.baselined());
        assertEquals(List.of("a.txt 1 missing-date", "b.txt 1 boilerplate"),
                comparison.fixed().stream().map(e -> e.path() + " " + e.line() + " " + e.rule())
                        .toList());
        assertEquals("2 baselined findings are fixed; run corpus-lint:baseline to shrink the"
                + " baseline", comparison.summary().get(1));
    }

    @Test
    void identicalFindingsCountOneEntryEach() {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .file("a.txt", "Click here. Click here.\nText.\n");
        Path file = folder.resolve("baseline.json");
        lint(corpus, file, true);

        corpus.file("a.txt", "Click here. Click here.\nText.\nClick here.\n");
        BaselineComparison comparison = lint(corpus, file, false);

        assertEquals(List.of("a.txt:3:1-3:11 warning [click] 'Click here' | fix: replace with"
                + " 'Read more' => 3:1-3:11 \"Read more\""),
                RuleFixture.render(comparison.newFindings()));
        assertEquals(2, comparison.baselined());
    }

    private static BaselineComparison lint(TempCorpus corpus, Path file, boolean record) {
        FindingFingerprints fingerprints = new FindingFingerprints();
        List<Finding> findings = LintSession.open(corpus.root(),
                LintConfig.builder().threads(1).build(), RuleCatalog.ofFactories(
                        List.of(() -> new ReplaceRule("click", "Click here", "Read more"))))
                .lintAll(fingerprints).findings();
        if (record) {
            Baseline.of(findings, fingerprints).write(file);
            return null;
        }
        return Baseline.read(file).compare(file, findings, fingerprints);
    }

    @Test
    void theFileIsSortedJsonForPeopleToReview() throws IOException {
        Path baseline = baselineOf(corpus());
        String json = Files.readString(baseline);
        assertEquals(2, Baseline.read(baseline).entries().size());
        assertEquals("{\n  \"schemaVersion\" : 1,", json.substring(0, json.indexOf('\n', 2)));
        int a = json.indexOf("\"path\" : \"a.txt\"");
        int b = json.indexOf("\"path\" : \"b.txt\"");
        assertEquals(true, a > 0 && b > a, json);
        assertEquals(true, json.contains("\"message\" : \"document has no publication date\""));
    }

    @Test
    void aMissingOrBrokenBaselineIsAClearError() throws IOException {
        Path missing = folder.resolve("none.json");
        assertEquals("baseline file " + missing + " does not exist; run corpus-lint:baseline to"
                + " create it", assertThrows(CorpusLintException.class,
                        () -> Baseline.read(missing)).getMessage());
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"findings\": [ {\"rule\": 3} ]}");
        assertEquals("baseline file " + broken + " is not a corpus-lint baseline: findings[0]"
                + " has no text field \"rule\"", assertThrows(CorpusLintException.class,
                        () -> Baseline.read(broken)).getMessage());
        Files.writeString(broken, "{\n\"schemaVersion\": 1,\n\"findings\": [\n");
        assertEquals(true, assertThrows(CorpusLintException.class, () -> Baseline.read(broken))
                .getMessage().startsWith("baseline file " + broken + " is not a corpus-lint"
                        + " baseline: not valid JSON: "));
    }
}
