package org.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code java -jar corpus-lint.jar} as a process, on the fixture corpora under
 * {@code src/test/resources/corpora}, run from a scratch folder so that printed paths and the
 * default baseline are the scratch folder's.
 */
class CorpusLintJarIT {

    private static final Path JAR = Path.of(System.getProperty("corpus-lint.cliJar",
            "target/corpus-lint.jar")).toAbsolutePath();
    private static final Path CORPORA = Path.of("src/test/resources/corpora").toAbsolutePath();

    @TempDir
    Path work;

    record Run(int status, String out, String err) {}

    @BeforeEach
    void copyCorpora() throws IOException {
        for (String name : List.of("clean", "defects")) {
            Path target = Files.createDirectories(work.resolve(name));
            try (Stream<Path> files = Files.list(CORPORA.resolve(name))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
    }

    private Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return start(new ProcessBuilder(command));
    }

    private Run start(ProcessBuilder builder) {
        try {
            Path out = work.resolve("stdout");
            Path err = work.resolve("stderr");
            Process process = builder.directory(work.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "corpus-lint did not finish");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cleanCorpusPasses() {
        Run run = run("check", "clean");
        assertEquals(0, run.status(), run.err());
        assertEquals("corpus-lint: 2 documents, 0 findings (0 errors, 0 warnings, 0 info)\n"
                + "corpus-lint statistics: 2 documents, 108 words; findings per 1,000 documents:"
                + " none\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void findingsArePrintedCompilerStyleAndFail() {
        Run run = run("check", "defects");
        assertEquals(1, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("defects/market.txt:1:1: error [missing-date] document has no publication"
                + " date", lines.get(0));
        assertEquals("defects/market.txt:5:1: info [duplicate-line] line repeats line 4"
                + " (suggestion: delete the repeated line)", lines.get(1));
        assertEquals("corpus-lint: 2 documents, 2 findings (1 error, 0 warnings, 1 info)",
                lines.get(2));
        assertTrue(run.err().startsWith("corpus-lint found 1 finding at severity error or"
                + " above"), run.err());
        assertTrue(run.err().contains("run corpus-lint fix"), run.err());
    }

    /** Reports are UTF-8 even where the locale is plain ASCII. */
    @Test
    void outputIsUtf8UnderTheCLocale() throws IOException {
        Files.writeString(work.resolve("defects/cafe.txt"), " date 2024-03-05 Subscribe now for"
                + " unlimited access \u2014 caf\u00e9 club\nA new caf\u00e9 opens\n\nThe caf\u00e9"
                + " opened on Monday in the old station building.\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "check", "--format", "json", "defects"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Run run = start(builder);
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("glued to the date header: 'Subscribe now for unlimited"
                + " access \u2014 caf\u00e9 club'"), run.out());
    }

    /** A cached run re-checks only the edited article, with a full run's findings. */
    @Test
    void cachedRunsRecheckOnlyWhatChanged() throws IOException {
        Run first = run("check", "defects", "--cache", "cache/defects.cache");
        assertEquals(1, first.status(), first.err());
        assertTrue(first.err().startsWith("cache " + work.resolve("cache/defects.cache")
                + " not used (no cache yet): a full run\n"), first.err());
        Run again = run("check", "defects", "--cache", "cache/defects.cache");
        assertEquals(first.out(), again.out());
        assertTrue(again.err().startsWith("cache: 0 changed, 0 removed, 0 of 2 files"
                + " re-checked\n"), again.err());
        Path market = work.resolve("defects/market.txt");
        Files.writeString(market, " date 2024-05-02\n" + Files.readString(market));
        Run edited = run("check", "defects", "--cache", "cache/defects.cache");
        assertTrue(edited.err().startsWith("cache: 1 changed, 0 removed,"), edited.err());
        assertEquals(run("check", "defects").out(), edited.out());
        assertFalse(edited.out().contains("missing-date"), edited.out());
        Run inside = run("check", "defects", "--cache", "defects/x.cache");
        assertEquals(2, inside.status());
        assertTrue(inside.err().contains("--cache: ") && inside.err().contains(
                "corpus-lint never writes its cache into the corpus"), inside.err());
        assertFalse(Files.exists(work.resolve("defects/x.cache")));
    }

    @Test
    void badInputExitsTwoWithoutTrace() {
        Run option = run("check", "--fail-on", "sometimes", "defects");
        assertEquals(2, option.status());
        assertEquals("corpus-lint: --fail-on: 'sometimes' is not one of error, warning, info,"
                + " none\n", option.err());
        Run missing = run("check", "no-such-folder");
        assertEquals(2, missing.status());
        assertFalse(missing.err().contains("\tat "), missing.err());
        Run unknown = run("lint", "defects");
        assertEquals(2, unknown.status());
        assertFalse(unknown.err().contains("\tat "), unknown.err());
    }

    @Test
    void sarifGoesToStandardOutputOrAFile() throws IOException {
        Run run = run("check", "--format", "sarif", "defects");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().startsWith("{"), run.out());
        assertTrue(run.out().contains("\"ruleId\" : \"missing-date\"")
                || run.out().contains("\"ruleId\":\"missing-date\""), run.out());
        assertTrue(run.err().contains("corpus-lint: 2 documents, 2 findings"), run.err());

        Run toFile = run("check", "--format", "json", "--output", "reports/lint.json",
                "--fail-on", "none", "defects");
        assertEquals(0, toFile.status(), toFile.err());
        assertEquals("", toFile.out());
        assertTrue(Files.readString(work.resolve("reports/lint.json")).contains("market.txt"));
    }

    @Test
    void githubFormatPrintsWorkflowCommands() {
        Run run = run("check", "--format", "github", "defects");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().startsWith("::error file=defects/market.txt,line=1,col=1,"),
                run.out());
        assertTrue(run.out().contains("::notice file=defects/market.txt,line=5,col=1,"),
                run.out());
    }

    @Test
    void gitlabCodeQualityReport() throws IOException {
        Run run = run("check", "--format", "gitlab", "--output", "gl-code-quality.json",
                "defects");
        assertEquals(1, run.status(), run.err());
        String report = Files.readString(work.resolve("gl-code-quality.json"));
        assertTrue(report.startsWith("["), report);
        assertTrue(report.contains("\"path\" : \"defects/market.txt\""), report);
        assertTrue(report.contains("\"check_name\" : \"missing-date\""), report);
    }

    @Test
    void dryRunPrintsPatchAndWritesNothing() throws IOException {
        Path market = work.resolve("defects/market.txt");
        String before = Files.readString(market);
        Run run = run("fix", "--dry-run", "defects");
        assertEquals(0, run.status(), run.err());
        assertEquals(before, Files.readString(market));
        assertTrue(run.out().startsWith("--- a/market.txt\n+++ b/market.txt\n@@ "), run.out());
        assertTrue(run.out().contains("\n-Traders said the new roof lets in more light than the"
                + " old one.\n"), run.out());
        assertTrue(run.err().contains("corpus-lint fix (dry run): 1 fix in 1 file would be"
                + " applied"), run.err());

        Run patch = run("fix", "--dry-run", "--patch", "fixes.patch", "defects");
        assertEquals(0, patch.status(), patch.err());
        assertEquals("", patch.out());
        assertEquals(run.out(), Files.readString(work.resolve("fixes.patch")));
    }

    @Test
    void fixAppliesSafeFixes() throws IOException {
        Run run = run("fix", "defects");
        assertEquals(0, run.status(), run.err());
        assertEquals(1, Files.readString(work.resolve("defects/market.txt"))
                .lines().filter(l -> l.startsWith("Traders said")).count());
    }

    @Test
    void baselineSilencesAcceptedFindings() {
        Run baseline = run("baseline", "defects");
        assertEquals(0, baseline.status(), baseline.err());
        assertTrue(baseline.out().startsWith("corpus-lint baseline: wrote 2 findings to "),
                baseline.out());
        assertTrue(Files.isRegularFile(work.resolve("corpus-lint-baseline.json")));
        Run check = run("check", "defects");
        assertEquals(0, check.status(), check.out() + check.err());
    }

    @Test
    void configurationFileOfTheCorpusApplies() throws IOException {
        Files.writeString(work.resolve("defects/corpus-lint.yaml"),
                "rules:\n  missing-date:\n    severity: warning\n");
        Run run = run("check", "defects");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("defects/market.txt:1:1: warning [missing-date]"),
                run.out());
    }

    /** The launcher finds the jar, writes the class-data archive once, then starts from it. */
    @Test
    void launcherScriptRunsAndWritesItsArchiveOnce() throws IOException {
        Path script = Path.of("bin/corpus-lint").toAbsolutePath();
        Path cache = work.resolve("cache");
        for (int run = 0; run < 2; run++) {
            ProcessBuilder launcher = new ProcessBuilder("sh", script.toString(), "check",
                    "--format", "sarif", "clean");
            launcher.environment().put("CORPUS_LINT_JAR", JAR.toString());
            launcher.environment().put("CORPUS_LINT_CACHE", cache.toString());
            launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Run result = start(launcher);
            assertEquals(0, result.status(), result.err());
            assertTrue(result.out().startsWith("{"), result.out());
            try (Stream<Path> files = Files.list(cache)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertEquals(1, names.size(), names.toString());
                assertTrue(names.get(0).endsWith(".jsa"), names.toString());
            }
        }
    }

    @Test
    void rulesAndExplainAndVersion() {
        Run rules = run("rules", "--ids");
        assertEquals(0, rules.status());
        assertTrue(rules.out().lines().toList().contains("typo"), rules.out());
        Run explain = run("explain", "missing-date");
        assertEquals(0, explain.status());
        assertTrue(explain.out().startsWith("missing-date (default severity: error)"),
                explain.out());
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("corpus-lint "), version.out());
    }
}
