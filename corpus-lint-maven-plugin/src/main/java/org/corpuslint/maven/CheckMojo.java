package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ConsoleReport;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;

/**
 * Lints a news corpus and fails the build when findings reach {@code failOnSeverity}. Prints
 * one compiler-style line per finding and writes the reports into {@code outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** The corpus folder. */
    @Parameter(property = "corpus-lint.corpusDirectory", defaultValue = "${basedir}/corpus")
    private File corpusDirectory;

    /** Patterns of the documents to lint, relative to the corpus folder. */
    @Parameter(property = "corpus-lint.includes", defaultValue = "**/*.txt")
    private List<String> includes;

    /** Patterns of files to leave out. */
    @Parameter(property = "corpus-lint.excludes")
    private List<String> excludes;

    /** The documents' encoding. */
    @Parameter(property = "corpus-lint.encoding", defaultValue = "UTF-8")
    private String encoding;

    /** The least severity that fails the build: error, warning, info or none. */
    @Parameter(property = "corpus-lint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Skips the check. */
    @Parameter(property = "corpus-lint.skip", defaultValue = "false")
    private boolean skip;

    /** Where the reports are written; default {@code target/corpus-lint}. */
    @Parameter(property = "corpus-lint.outputDirectory")
    private File outputDirectory;

    /** The build folder; outside a project Maven leaves it unresolved. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private String buildDirectory;

    /** Worker threads; 0 means one per core. */
    @Parameter(property = "corpus-lint.threads", defaultValue = "0")
    private int threads;

    /** Report formats to write. */
    @Parameter(property = "corpus-lint.formats", defaultValue = "sarif,json")
    private List<String> formats;

    /** Per-rule settings: enabled, severity, options. */
    @Parameter
    private List<RuleConfiguration> rules;

    /** Comma-separated ids of rules to switch off. */
    @Parameter(property = "corpus-lint.disabledRules")
    private String disabledRules;

    /** Comma-separated {@code rule-id=severity} pairs. */
    @Parameter(property = "corpus-lint.ruleSeverities")
    private String ruleSeverities;

    /** The folder the build runs in; console paths are printed relative to it. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("corpus-lint: skipped");
            return;
        }
        CheckRequest request = request();
        CheckOutcome outcome;
        try {
            outcome = new CheckExecutor().execute(request);
        } catch (CorpusLintException | IllegalArgumentException e) {
            throw new MojoExecutionException("corpus-lint: " + e.getMessage(), e);
        }
        print(outcome);
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.failureMessage());
        }
    }

    private CheckRequest request() throws MojoExecutionException {
        try {
            LintConfig config = LintConfigFactory.create(includes, excludes, encoding, threads,
                    rules, disabledRules, ruleSeverities).toBuilder()
                    .progress(ConsoleProgress.forCurrentTerminal()).build();
            Severity failOn = CheckRequest.parseFailOnSeverity(failOnSeverity);
            Path output = outputDirectory != null ? outputDirectory.toPath()
                    : defaultBuildDirectory().resolve("corpus-lint");
            return new CheckRequest(corpusDirectory.toPath(), config, output,
                    formats == null ? List.of() : formats, failOn);
        } catch (IllegalArgumentException | CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: invalid configuration: "
                    + e.getMessage(), e);
        }
    }

    private Path defaultBuildDirectory() {
        if (buildDirectory != null && !buildDirectory.contains("${")) {
            return Path.of(buildDirectory);
        }
        return (basedir != null ? basedir.toPath() : Path.of("")).resolve("target");
    }

    private void print(CheckOutcome outcome) {
        Log log = getLog();
        Path base = (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath();
        Path root = corpusDirectory.toPath().toAbsolutePath().normalize();
        ConsoleReport console = new ConsoleReport(p -> displayPath(base, root, p));
        for (Finding finding : outcome.result().findings()) {
            String line = console.line(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        console.summary(outcome.result()).forEach(log::info);
        outcome.reports().forEach(r -> log.info("corpus-lint report: " + r));
    }

    private static String displayPath(Path base, Path root, String relative) {
        Path file = root.resolve(relative);
        String shown = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        return shown.replace(java.io.File.separatorChar, '/');
    }
}
