package org.corpuslint.maven;

import static org.corpuslint.maven.DefectsProject.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix and baseline goals, and check with a baseline, a budget and corpus-lint.yaml. */
@MojoTest
@Basedir(DefectsProject.BASEDIR)
class FixAndBaselineMojoTest {

    private static final String UNDATED_FIXED = " date 2024-03-04\nVolunteers restore the old"
            + " lighthouse\nPublished On 4 Mar 2024\n\nA group of volunteers finished repainting"
            + " the lighthouse on the northern pier.\n";

    @TempDir
    Path folder;

    @Test
    @InjectMojo(goal = "fix")
    void byDefaultFixAppliesOnlySafeFixesAndSaysHowToApplyTheOthers(FixMojo mojo)
            throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        String undated = Files.readString(corpus.resolve("undated.txt"));
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));

        // The header date stated in the text is likely right, not safe: it waits for review.
        assertEquals(List.of("[info] corpus-lint fix: chrome.txt: 1 fix applied",
                "[info] corpus-lint fix: applied 1 fix in 1 file; 1 fix needs review (1 likely):"
                        + " run with -Dcorpus-lint.fixConfidence=likely"), log.lines());
        assertEquals(undated, Files.readString(corpus.resolve("undated.txt")));
        assertTrue(Files.readString(corpus.resolve("chrome.txt"))
                .startsWith(" date 2024-03-05\nCouncil approves"));
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "fixConfidence", value = "unsure")
    void fixAppliesTheFixesAndACheckAfterwardsHasNoFixableFinding(FixMojo mojo)
            throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));

        assertEquals(List.of("[info] corpus-lint fix: chrome.txt: 1 fix applied",
                "[info] corpus-lint fix: undated.txt: 1 fix applied",
                "[info] corpus-lint fix: applied 2 fixes in 2 files"), log.lines());
        assertEquals(UNDATED_FIXED, Files.readString(corpus.resolve("undated.txt")));
        assertTrue(Files.readString(corpus.resolve("chrome.txt"))
                .startsWith(" date 2024-03-05\nCouncil approves"));
        assertEquals(List.of(), new CorpusLinter(LintConfig.defaults()).lintDirectory(corpus)
                .findings().stream().filter(f -> f.fix() != null).toList());
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "dryRun", value = "true")
    @MojoParameter(name = "fixRules", value = "missing-date")
    @MojoParameter(name = "fixConfidence", value = "likely")
    void dryRunPrintsTheDiffAndWritesNothing(FixMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        String before = Files.readString(corpus.resolve("undated.txt"));
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));

        assertEquals(List.of("[info] corpus-lint fix: undated.txt: 1 fix would be applied",
                "[info] --- a/undated.txt",
                "[info] +++ b/undated.txt",
                "[info] @@ -1,3 +1,4 @@",
                "[info] + date 2024-03-04",
                "[info]  Volunteers restore the old lighthouse",
                "[info]  Published On 4 Mar 2024",
                "[info]  ",
                "[info] corpus-lint fix (dry run): 1 fix in 1 file would be applied"), log.lines());
        assertEquals(before, Files.readString(corpus.resolve("undated.txt")));
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "dryRun", value = "true")
    @MojoParameter(name = "fixRules", value = "missing-date")
    @MojoParameter(name = "fixConfidence", value = "likely")
    void fileNamesAndDiffLinesReachTheLogEscaped(FixMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        Files.delete(corpus.resolve("undated.txt"));
        Files.writeString(corpus.resolve("a\u001b[2Jb\n[ERROR] forged.txt"),
                "Lighthouse \u001b[31mred\u001b[0m\nPublished On 4 Mar 2024\n");
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));

        assertEquals(List.of(
                "[info] corpus-lint fix: a\\e[2Jb\\n[ERROR] forged.txt: 1 fix would be applied",
                "[info] --- a/a\\e[2Jb\\n[ERROR] forged.txt",
                "[info] +++ b/a\\e[2Jb\\n[ERROR] forged.txt",
                "[info] @@ -1,2 +1,3 @@",
                "[info] + date 2024-03-04",
                "[info]  Lighthouse \\e[31mred\\e[0m",
                "[info]  Published On 4 Mar 2024",
                "[info] corpus-lint fix (dry run): 1 fix in 1 file would be applied"), log.lines());
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "fixRules", value = "typos")
    void unknownFixRuleNamesTheSetting(FixMojo mojo) {
        DefectsCopy.into(folder.resolve("corpus"), mojo);
        Exception e = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoExecutionException.class, e);
        assertEquals("corpus-lint: invalid <fixRules> (-Dcorpus-lint.fixRules): unknown rule id"
                + " 'typos'; " + BuiltInRuleIds.KNOWN, e.getMessage());
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "dryRun", value = "true")
    @MojoParameter(name = "fixConfidence", value = "likely")
    void dryRunWritesThePatchFileThatPatchP1Applies(FixMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        Path patch = folder.resolve("out/fixes.patch");
        DefectsCopy.set(mojo, "patchFile", patch.toFile());
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));

        String written = Files.readString(patch);
        assertTrue(written.startsWith("--- a/chrome.txt\n+++ b/chrome.txt\n"), written);
        assertTrue(written.contains("--- a/undated.txt\n+++ b/undated.txt\n@@ -1,3 +1,4 @@\n"
                + "+ date 2024-03-04\n"), written);
        assertEquals("[info] corpus-lint fix: wrote the patch " + patch + " (apply it in the"
                + " corpus folder with patch -p1)", log.lines().get(log.lines().size() - 1));
        assertEquals(List.of(), DefectsCopy.linesStartingWith(log, "[warn]"));
        assertTrue(Files.readString(corpus.resolve("undated.txt")).startsWith("Volunteers"));
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "fixConfidence", value = "sure")
    void unknownFixConfidenceNamesTheSetting(FixMojo mojo) {
        DefectsCopy.into(folder.resolve("corpus"), mojo);
        Exception e = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoExecutionException.class, e);
        assertEquals("corpus-lint: invalid <fixConfidence> (-Dcorpus-lint.fixConfidence): 'sure'"
                + " is not one of safe, likely, unsure", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "fix")
    void fixConfidenceComesFromTheConfigurationFile(FixMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        Files.writeString(corpus.resolve("corpus-lint.yaml"), "fix:\n  confidence: likely\n");
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals("[info] corpus-lint fix: applied 2 fixes in 2 files", log.lines().get(2));
        assertEquals(UNDATED_FIXED, Files.readString(corpus.resolve("undated.txt")));
    }

    @Test
    @InjectMojo(goal = "fix")
    void fixRulesComeFromTheConfigurationFile(FixMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        Files.writeString(corpus.resolve("corpus-lint.yaml"), "fix:\n  rules: [boilerplate]\n");
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals("[info] corpus-lint fix: applied 1 fix in 1 file", log.lines().get(1));
    }

    @Test
    @InjectMojo(goal = "check")
    void baselineThenCheckReportsOnlyNewFindings(CheckMojo check) throws Exception {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), check);
        Path baseline = folder.resolve("corpus-lint-baseline.json");
        DefectsCopy.set(check, "baseline", baseline.toFile());
        BaselineMojo mojo = new BaselineMojo();
        copySharedParameters(check, mojo);
        DefectsCopy.set(mojo, "baseline", baseline.toFile());
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals(List.of("[info] corpus-lint baseline: wrote 4 findings to " + baseline),
                log.lines());

        Files.writeString(corpus.resolve("new.txt"), "Tram strike\nNo trams ran.\n");
        Files.writeString(corpus.resolve("chrome.txt"), Files.readString(
                corpus.resolve("chrome.txt")).replace(" Sign up for our morning briefing", ""));
        RecordingLog checkLog = new RecordingLog();
        Exception failure = execute(check, checkLog);

        assertInstanceOf(MojoFailureException.class, failure);
        assertTrue(failure.getMessage().startsWith("corpus-lint found 1 finding at severity"
                + " error or above (1 error, 0 warnings, 0 info)"), failure.getMessage());
        assertEquals(List.of("[error] " + corpus.resolve("new.txt")
                + ":1:1: error [missing-date] document has no publication date"),
                DefectsCopy.linesStartingWith(checkLog, "[error]"));
        assertEquals(List.of("[info] corpus-lint baseline " + baseline + ": 3 findings are in"
                + " the baseline and not reported", "[info] 1 baselined finding is fixed; run"
                + " corpus-lint:baseline to shrink the baseline"),
                checkLog.lines().subList(checkLog.lines().size() - 2, checkLog.lines().size()));
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    @MojoParameter(name = "formats", value = "pdf")
    @MojoParameter(name = "maxAllowedViolations", value = "-1")
    void checkOnlyParametersNeitherApplyToFixNorFailIt(FixMojo mojo) throws IOException {
        // fix used to inherit check's parameters and fail on a bad failOnSeverity.
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals("[info] corpus-lint fix: applied 1 fix in 1 file; 1 fix needs review"
                + " (1 likely): run with -Dcorpus-lint.fixConfidence=likely",
                log.lines().get(log.lines().size() - 1));
        assertTrue(Files.readString(corpus.resolve("chrome.txt"))
                .startsWith(" date 2024-03-05\nCouncil approves"));
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/corpus/reports")
    void checkOnlyParametersNeitherApplyToBaselineNorFailIt(BaselineMojo mojo) {
        DefectsCopy.into(folder.resolve("corpus"), mojo);
        Path baseline = folder.resolve("corpus-lint-baseline.json");
        DefectsCopy.set(mojo, "baseline", baseline.toFile());
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals(List.of("[info] corpus-lint baseline: wrote 4 findings to " + baseline),
                log.lines());
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "skip", value = "true")
    void skipSkipsFixAndNamesTheGoal(FixMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log));
        assertEquals(List.of("[info] corpus-lint: fix skipped (corpus-lint.skip)"), log.lines());
    }

    @Test
    @InjectMojo(goal = "baseline")
    void aBaselineInsideTheCorpusIsRefused(BaselineMojo mojo) {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        DefectsCopy.set(mojo, "baseline", corpus.resolve("baseline.json").toFile());
        Exception e = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoExecutionException.class, e);
        assertTrue(e.getMessage().startsWith("corpus-lint: invalid <baseline>"
                + " (-Dcorpus-lint.baseline): " + corpus.resolve("baseline.json")
                + " lies inside the corpus directory"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${basedir}/no-such-baseline.json")
    void aNamedBaselineThatDoesNotExistIsAnError(CheckMojo mojo) {
        Exception e = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoExecutionException.class, e);
        assertEquals("corpus-lint: baseline file " + DefectsProject.basedir()
                .resolve("no-such-baseline.json") + " does not exist; run corpus-lint:baseline"
                + " to create it", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "2")
    void maxAllowedViolationsToleratesTheTwoErrors(CheckMojo mojo) {
        assertNull(execute(mojo, new RecordingLog()));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedErrors", value = "2")
    @MojoParameter(name = "maxAllowedWarnings", value = "1")
    void perSeverityLimitsFailWhenExceeded(CheckMojo mojo) {
        Exception e = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoFailureException.class, e);
        assertTrue(e.getMessage().startsWith("corpus-lint found 2 warnings, more than the 1"
                + " allowed (maxAllowedWarnings) (2 errors, 2 warnings, 0 info)"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedWarnings", value = "-1")
    void negativeLimitNamesTheSetting(CheckMojo mojo) {
        assertEquals("corpus-lint: invalid <maxAllowedWarnings> (-Dcorpus-lint.maxAllowedWarnings):"
                + " '-1' is negative; use 0 or more",
                execute(mojo, new RecordingLog()).getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "boilerplate=error")
    void theConfigurationFileIsReadAndParametersOverrideIt(CheckMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        Files.writeString(corpus.resolve("corpus-lint.yaml"), "rules:\n  missing-date: off\n"
                + "  boilerplate: info\nexcludes: [drafts/**]\n");
        RecordingLog log = new RecordingLog();
        Exception e = execute(mojo, log);

        assertInstanceOf(MojoFailureException.class, e);
        assertEquals(List.of("[error] " + corpus.resolve("chrome.txt") + ":1:18: error"
                + " [boilerplate] page chrome glued to the date header: 'Sign up for our morning"
                + " briefing' (suggestion: delete the text after the date)",
                "[info] corpus-lint: 4 documents, 1 finding (1 error, 0 warnings, 0 info)"),
                log.lines().subList(0, 2));
    }

    @Test
    @InjectMojo(goal = "check")
    void aBadConfigurationFileNamesTheFileAndTheKey(CheckMojo mojo) throws IOException {
        Path corpus = DefectsCopy.into(folder.resolve("corpus"), mojo);
        Files.writeString(corpus.resolve("corpus-lint.yaml"), "rules:\n  boilerplate:\n"
                + "    severty: error\n");
        Exception e = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoExecutionException.class, e);
        assertEquals("corpus-lint: invalid configuration file: " + corpus.resolve(
                "corpus-lint.yaml") + ":3:5: unknown key 'rules.boilerplate.severty'; expected"
                + " enabled, severity, options", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "configFile", value = "${basedir}/missing.yaml")
    void aNamedConfigurationFileMustExist(CheckMojo mojo) {
        assertEquals("corpus-lint: invalid <configFile> (-Dcorpus-lint.configFile): configuration"
                + " file " + DefectsProject.basedir().resolve("missing.yaml") + " does not exist",
                execute(mojo, new RecordingLog()).getMessage());
    }

    /** Gives {@code to} the values of the parameters all goals share {@code from} was given. */
    private static void copySharedParameters(AbstractCorpusLintMojo from,
            AbstractCorpusLintMojo to) throws IllegalAccessException {
        for (var field : AbstractCorpusLintMojo.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(to, field.get(from));
            }
        }
    }
}
