package org.corpuslint.maven;

import static org.corpuslint.maven.DefectsProject.BAD_DATE_LINE;
import static org.corpuslint.maven.DefectsProject.CHROME_LINE;
import static org.corpuslint.maven.DefectsProject.OLD_DRAFT_LINE;
import static org.corpuslint.maven.DefectsProject.UNDATED_LINE;
import static org.corpuslint.maven.DefectsProject.basedir;
import static org.corpuslint.maven.DefectsProject.execute;
import static org.corpuslint.maven.DefectsProject.CHROME_SAFE_FIX;
import static org.corpuslint.maven.DefectsProject.failureMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** What {@code check} logs, writes and decides for the defects project. */
@MojoTest
@Basedir(DefectsProject.BASEDIR)
class CheckMojoFindingsTest {

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/default-run")
    void errorsFailTheBuildAfterLoggingEveryFindingAndTheSummary(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        Exception thrown = execute(mojo, log);

        Path reports = basedir().resolve("target/default-run");
        assertEquals(List.of(
                "[error] " + BAD_DATE_LINE,
                "[warn] " + CHROME_LINE,
                "[warn] " + OLD_DRAFT_LINE,
                "[error] " + UNDATED_LINE,
                "[info] corpus-lint: 5 documents, 4 findings (2 errors, 2 warnings, 0 info)",
                "[info]   boilerplate: 1 warning",
                "[info]   missing-date: 2 errors, 1 warning",
                "[info] corpus-lint statistics: 5 documents, 95 words; findings per 1,000"
                        + " documents: boilerplate 200.0, missing-date 600.0",
                "[info]   outlets with the most findings per 1,000 documents (of 2): drafts"
                        + " 1000.0 (1 document), (corpus root) 750.0 (4 documents)",
                "[info]   months with the most findings per 1,000 documents (of 3): (undated)"
                        + " 1000.0 (2 documents), 1985-06 1000.0 (1 document), 2024-03 500.0"
                        + " (2 documents)",
                "[info] corpus-lint: 1 finding has a safe fix and 1 a fix to review (1 likely);"
                        + " corpus-lint:fix applies safe fixes only,"
                        + " -Dcorpus-lint.fixConfidence=likely or unsure applies more",
                "[info] corpus-lint report: " + reports.resolve("corpus-lint.sarif"),
                "[info] corpus-lint report: " + reports.resolve("corpus-lint.json"),
                "[info] corpus-lint report: " + reports.resolve("corpus-lint.html")), log.lines());
        assertInstanceOf(MojoFailureException.class, thrown);
        assertEquals(failureMessage("2 findings at severity error or above"
                + " (2 errors, 2 warnings, 0 info)" + CHROME_SAFE_FIX,
                "target/default-run"), thrown.getMessage());
    }

    /** A second check with the cache re-checks nothing and logs the same findings. */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/cached-run")
    @MojoParameter(name = "cacheFile", value = "${basedir}/target/cached-run.cache")
    void aCachedCheckLogsTheSameFindings(CheckMojo mojo) throws Exception {
        Path cache = basedir().resolve("target/cached-run.cache");
        Files.deleteIfExists(cache);
        RecordingLog first = new RecordingLog();
        assertInstanceOf(MojoFailureException.class, execute(mojo, first));
        assertEquals("[info] corpus-lint: cache " + cache + " not used (no cache yet): a full run",
                first.lines().get(0));
        RecordingLog second = new RecordingLog();
        assertInstanceOf(MojoFailureException.class, execute(mojo, second));
        assertEquals("[info] corpus-lint: cache: 0 changed, 0 removed, 0 of 5 files re-checked",
                second.lines().get(0));
        assertEquals(first.lines().subList(1, first.lines().size()),
                second.lines().subList(1, second.lines().size()));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/parent-run")
    void consolePathsAreRelativeToTheFolderMavenWasStartedIn(CheckMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        // As "mvn -f defects corpus-lint:check" in the folder above the project: the path must
        // open from that terminal, so it starts with the project folder's name.
        mojo.workingDirectory(basedir().getParent());
        assertInstanceOf(MojoFailureException.class,
                org.junit.jupiter.api.Assertions.assertThrows(Exception.class, mojo::execute));
        assertEquals("[error] " + basedir().getFileName() + "/" + BAD_DATE_LINE,
                log.lines().get(0));
        assertEquals(true, Files.isRegularFile(basedir().getParent()
                .resolve(basedir().getFileName() + "/corpus/bad-date.txt")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/reports-run")
    void writesSarifAndJsonWithTheFindingsIntoTheOutputDirectory(CheckMojo mojo)
            throws Exception {
        execute(mojo, new RecordingLog());

        Path reports = basedir().resolve("target/reports-run");
        ObjectMapper json = new ObjectMapper();
        JsonNode findings = json.readTree(reports.resolve("corpus-lint.json").toFile())
                .get("findings");
        assertEquals(List.of("missing-date bad-date.txt 1:7", "boilerplate chrome.txt 1:18",
                "missing-date drafts/old.txt 1:7", "missing-date undated.txt 1:1"),
                describe(findings, "rule", "path", "startLine", "startColumn"));
        JsonNode results = json.readTree(reports.resolve("corpus-lint.sarif").toFile())
                .at("/runs/0/results");
        List<String> sarif = new ArrayList<>();
        results.forEach(r -> sarif.add(r.get("ruleId").asText() + " " + r.get("level").asText()
                + " " + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertEquals(List.of("missing-date error bad-date.txt", "boilerplate warning chrome.txt",
                "missing-date warning drafts/old.txt", "missing-date error undated.txt"), sarif);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void failOnWarningCountsWarningsAndErrors(CheckMojo mojo) {
        Exception thrown = execute(mojo, new RecordingLog());

        assertInstanceOf(MojoFailureException.class, thrown);
        assertEquals(failureMessage("4 findings at severity warning or above"
                + " (2 errors, 2 warnings, 0 info)" + CHROME_SAFE_FIX,
                "target/corpus-lint"), thrown.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    @MojoParameter(name = "includes", value = "chrome.txt")
    void failureMessageCountsInTheSingular(CheckMojo mojo) {
        Exception thrown = execute(mojo, new RecordingLog());

        assertInstanceOf(MojoFailureException.class, thrown);
        assertEquals(failureMessage("1 finding at severity warning or above"
                + " (0 errors, 1 warning, 0 info)" + CHROME_SAFE_FIX,
                "target/corpus-lint"), thrown.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "none")
    void failOnNoneReportsButNeverFails(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals(List.of("[error] " + BAD_DATE_LINE, "[warn] " + CHROME_LINE,
                "[warn] " + OLD_DRAFT_LINE, "[error] " + UNDATED_LINE), log.lines().subList(0, 4));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "excludes", value = "bad-date.txt,undated.txt")
    void warningsAloneDoNotFailAtTheDefaultThreshold(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals(List.of("[warn] " + CHROME_LINE, "[warn] " + OLD_DRAFT_LINE,
                "[info] corpus-lint: 3 documents, 2 findings (0 errors, 2 warnings, 0 info)"),
                log.lines().subList(0, 3));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "info")
    @MojoParameter(name = "disabledRules", value = "missing-date")
    @MojoParameter(name = "ruleSeverities", value = "boilerplate=info")
    void failOnInfoFailsOnInfoFindings(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        Exception thrown = execute(mojo, log);

        assertEquals("[info] " + CHROME_LINE.replace(": warning [", ": info ["),
                log.lines().get(0));
        assertInstanceOf(MojoFailureException.class, thrown);
        assertEquals(failureMessage("1 finding at severity info or above"
                + " (0 errors, 0 warnings, 1 info)" + CHROME_SAFE_FIX,
                "target/corpus-lint"), thrown.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    @MojoParameter(name = "disabledRules", value = "missing-date")
    @MojoParameter(name = "ruleSeverities", value = "boilerplate=info")
    void infoFindingsPassAWarningThreshold(CheckMojo mojo) {
        assertNull(execute(mojo, new RecordingLog()));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/skipped-run")
    void skipDoesNothing(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals(List.of("[info] corpus-lint: check skipped (corpus-lint.skip)"),
                log.lines());
        assertFalse(Files.exists(basedir().resolve("target/skipped-run")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "excludes", value = "drafts/**")
    void excludedFoldersAreNotLinted(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals(List.of("[error] " + BAD_DATE_LINE, "[warn] " + CHROME_LINE,
                "[error] " + UNDATED_LINE,
                "[info] corpus-lint: 4 documents, 3 findings (2 errors, 1 warning, 0 info)"),
                log.lines().subList(0, 4));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.md")
    void includesChooseTheDocuments(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals(List.of(
                "[error] corpus/notes.md:1:1: error [missing-date] document has no publication date",
                "[info] corpus-lint: 1 document, 1 finding (1 error, 0 warnings, 0 info)"),
                log.lines().subList(0, 2));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "clean.txt,**/*.md")
    void includesAcceptACommaSeparatedList(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals("[info] corpus-lint: 2 documents, 1 finding (1 error, 0 warnings, 0 info)",
                log.lines().get(1));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.html")
    void failsWhenNoDocumentMatches(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        Exception thrown = execute(mojo, log);
        assertEquals(List.of("[warn] corpus-lint: no document under " + basedir().resolve("corpus")
                        + " matches includes [**/*.html] and excludes []",
                "[info] corpus-lint: 0 documents, 0 findings (0 errors, 0 warnings, 0 info)"),
                log.lines().subList(0, 2));
        assertInstanceOf(MojoFailureException.class, thrown);
        assertEquals("corpus-lint linted no document: no file under "
                + basedir().resolve("corpus") + " matches includes [**/*.html] and excludes [];"
                + " correct the patterns or the folder, or set allowEmpty=true if an empty corpus"
                + " is expected", thrown.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.html")
    @MojoParameter(name = "allowEmpty", value = "true")
    void anEmptyRunPassesWhenAllowed(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals("[warn] corpus-lint: no document under " + basedir().resolve("corpus")
                + " matches includes [**/*.html] and excludes []", log.lines().get(0));
    }

    private static List<String> describe(JsonNode findings, String rule, String path,
            String line, String column) {
        List<String> described = new ArrayList<>();
        findings.forEach(f -> described.add(f.get(rule).asText() + " " + f.get(path).asText()
                + " " + f.get(line).asInt() + ":" + f.get(column).asInt()));
        return described;
    }
}
