package org.corpuslint.maven;

import static org.corpuslint.maven.DefectsProject.basedir;
import static org.corpuslint.maven.DefectsProject.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * A check that fails on its configuration leaves no previous report in the output folder; the
 * input limits are parameters.
 */
@MojoTest
@Basedir(DefectsProject.BASEDIR)
class CheckMojoStaleReportsAndLimitsTest {

    private static Path previousRun(String folder) throws IOException {
        Path reports = basedir().resolve(folder);
        Files.createDirectories(reports);
        for (String name : List.of("corpus-lint.sarif", "corpus-lint.json", "corpus-lint.html")) {
            Files.writeString(reports.resolve(name), "from the previous run");
        }
        return reports;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/stale-run")
    @MojoParameter(name = "ruleSeverities", value = "typos=error")
    void aConfigurationErrorRemovesThePreviousReports(CheckMojo mojo) throws IOException {
        Path reports = previousRun("target/stale-run");
        Exception thrown = execute(mojo, new RecordingLog());
        assertInstanceOf(MojoExecutionException.class, thrown);
        assertEquals("corpus-lint: invalid <ruleSeverities> (-Dcorpus-lint.ruleSeverities):"
                + " unknown rule id 'typos'; " + BuiltInRuleIds.KNOWN,
                thrown.getMessage());
        assertEquals(List.of(), listing(reports));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/stale-limit-run")
    @MojoParameter(name = "maxTokenLength", value = "0")
    void aLimitBelowOneIsAConfigurationErrorNamingTheSetting(CheckMojo mojo)
            throws IOException {
        Path reports = previousRun("target/stale-limit-run");
        Exception thrown = execute(mojo, new RecordingLog());
        assertEquals("corpus-lint: invalid <maxTokenLength> (-Dcorpus-lint.maxTokenLength): '0'"
                + " is not positive; use a whole number of 1 or more", thrown.getMessage());
        assertEquals(List.of(), listing(reports));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/limits-run")
    @MojoParameter(name = "includes", value = "clean.txt,chrome.txt")
    @MojoParameter(name = "maxFileSize", value = "150")
    @MojoParameter(name = "maxTokenLength", value = "9")
    @MojoParameter(name = "formats", value = "json")
    void theLimitsAreParameters(CheckMojo mojo) throws IOException {
        Path reports = previousRun("target/limits-run");
        RecordingLog log = new RecordingLog();
        Exception thrown = execute(mojo, log);
        assertInstanceOf(MojoFailureException.class, thrown);
        assertEquals(List.of(
                "[error] corpus/chrome.txt:1:1: error [invalid-input] file is 166 bytes"
                        + " (limit 150); not an article, file not linted",
                "[error] corpus/clean.txt:1:7: error [invalid-input] run of 10 characters"
                        + " without a space (limit 9); not article text, rest of the file"
                        + " linted"),
                log.lines().subList(0, 2));
        // The previous run's SARIF and HTML reports are gone; this run wrote JSON only.
        assertEquals(List.of("corpus-lint.json"), listing(reports));
    }
}
