package org.corpuslint.maven;

import static org.corpuslint.maven.DefectsProject.basedir;
import static org.corpuslint.maven.DefectsProject.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * Every bad setting stops the build with a {@link MojoExecutionException} that names the
 * setting (parameter and user property) and the bad value, before anything is linted or written.
 */
@MojoTest
@Basedir(DefectsProject.BASEDIR)
class CheckMojoConfigurationErrorsTest {

    /** Every built-in rule id, sorted, as the messages list them. */
    private static final String KNOWN = BuiltInRuleIds.KNOWN;

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "corpusDirectory", value = "${basedir}/no-such-folder")
    void missingCorpusDirectory(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <corpusDirectory>"
                + " (-Dcorpus-lint.corpusDirectory): corpus directory "
                + basedir().resolve("no-such-folder")
                + " does not exist; point it at the folder that holds the articles", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "corpusDirectory", value = "${basedir}/corpus/clean.txt")
    void corpusDirectoryThatIsAFile(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <corpusDirectory>"
                + " (-Dcorpus-lint.corpusDirectory): corpus directory "
                + basedir().resolve("corpus/clean.txt")
                + " is not a directory; point it at the folder that holds the articles", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "encoding", value = "UTF-9")
    void unknownEncoding(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <encoding> (-Dcorpus-lint.encoding):"
                + " 'UTF-9' is not a character set this Java runtime supports", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void unknownFailOnSeverity(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <failOnSeverity>"
                + " (-Dcorpus-lint.failOnSeverity): 'fatal' is not one of error, warning, info,"
                + " none", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "missing-date=critical")
    void unknownSeverityInTheProperty(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <ruleSeverities>"
                + " (-Dcorpus-lint.ruleSeverities): severity 'critical' of rule 'missing-date'"
                + " is not one of error, warning, info", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "missing-date")
    void ruleSeverityWithoutEqualsSign(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <ruleSeverities>"
                + " (-Dcorpus-lint.ruleSeverities): entry 'missing-date' is not of the form"
                + " rule-id=severity", mojo);
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><id>boilerplate</id><severity>loud</severity></rule>"
            + "</rules></configuration></plugin></plugins></build></project>")
    void unknownSeverityInRules(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <rules>: severity 'loud' of rule"
                + " 'boilerplate' is not one of error, warning, info", mojo);
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><id>mising-date</id><enabled>false</enabled></rule>"
            + "</rules></configuration></plugin></plugins></build></project>")
    void unknownRuleIdInRules(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <rules>: unknown rule id 'mising-date';"
                + " " + KNOWN, mojo);
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><id>invalid-input</id><severity>info</severity></rule>"
            + "<rule><id>rule-failure</id><enabled>false</enabled></rule>"
            + "</rules></configuration></plugin></plugins></build></project>")
    void theEnginesOwnFindingsAreRulesToo(CheckMojo mojo) {
        // Accepted as in corpus-lint.yaml and the library: the run goes on to lint the corpus.
        RecordingLog log = new RecordingLog();
        Exception thrown = execute(mojo, log);
        assertInstanceOf(MojoFailureException.class, thrown);
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("[missing-date]")),
                log.lines().toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><enabled>false</enabled></rule>"
            + "</rules></configuration></plugin></plugins></build></project>")
    void ruleWithoutId(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <rules>: a rule has no id; " + KNOWN,
                mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "disabledRules", value = "boilerplate, typos")
    void unknownRuleIdInDisabledRules(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <disabledRules>"
                + " (-Dcorpus-lint.disabledRules): unknown rule id 'typos'; " + KNOWN, mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "dates=warning")
    void unknownRuleIdInRuleSeverities(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <ruleSeverities>"
                + " (-Dcorpus-lint.ruleSeverities): unknown rule id 'dates'; " + KNOWN, mojo);
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><id>missing-date</id><options><earliestyear>2000</earliestyear></options>"
            + "</rule></rules></configuration></plugin></plugins></build></project>")
    void unknownRuleOption(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <rules>: rule 'missing-date' has no"
                + " option 'earliestyear'; its options: earliestYear, referenceDate", mojo);
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><id>missing-date</id><options><earliestYear>long ago</earliestYear>"
            + "</options></rule></rules></configuration></plugin></plugins></build></project>")
    void badRuleOptionValue(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid configuration: option 'earliestYear' of"
                + " rule 'missing-date' is 'long ago', expected a whole number", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "threads", value = "-2")
    void negativeThreads(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <threads> (-Dcorpus-lint.threads): '-2'"
                + " is negative; use 0 for one thread per core, or a positive count", mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,pdf")
    void unknownReportFormat(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <formats> (-Dcorpus-lint.formats):"
                + " unknown report format 'pdf'; known formats: sarif, json, html, checkstyle",
                mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/corpus/reports")
    void outputDirectoryInsideTheCorpus(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <outputDirectory>"
                + " (-Dcorpus-lint.outputDirectory): " + basedir().resolve("corpus/reports")
                + " lies inside the corpus directory " + basedir().resolve("corpus")
                + ", and corpus-lint never writes into the corpus; choose a folder outside it",
                mojo);
        assertFalse(Files.exists(basedir().resolve("corpus/reports")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "cacheFile", value = "${basedir}/corpus/corpus-lint.cache")
    void cacheFileInsideTheCorpus(CheckMojo mojo) {
        assertConfigurationError("corpus-lint: invalid <cacheFile> (-Dcorpus-lint.cacheFile): "
                + basedir().resolve("corpus/corpus-lint.cache")
                + " lies inside the corpus directory " + basedir().resolve("corpus")
                + ", and corpus-lint never writes into the corpus; choose a file outside it",
                mojo);
        assertFalse(Files.exists(basedir().resolve("corpus/corpus-lint.cache")));
    }

    private static void assertConfigurationError(String expectedMessage, CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        Exception thrown = execute(mojo, log);
        assertInstanceOf(MojoExecutionException.class, thrown);
        assertEquals(expectedMessage, thrown.getMessage());
        assertEquals(List.of(), log.lines(), "nothing is linted after a configuration error");
    }
}
