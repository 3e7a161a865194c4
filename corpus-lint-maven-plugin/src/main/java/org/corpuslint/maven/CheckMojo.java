package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import java.util.EnumMap;
import java.util.Map;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ReportWriters;
import org.corpuslint.run.CacheFileSetting;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.StreamedCheckOutcome;
import org.corpuslint.report.ConsoleReport;
import org.corpuslint.run.CheckRequest;
import org.corpuslint.run.ViolationBudget;

/**
 * Lints a news corpus: logs one compiler-style line per finding and a summary, writes the
 * reports chosen by {@code formats} into {@code outputDirectory}, and fails
 * the build ({@code MojoFailureException}) when a finding reaches {@code failOnSeverity}. A
 * configuration error (missing corpus folder, bad value) stops the build with a
 * {@code MojoExecutionException} whose message names the folder or setting. Runs without a
 * project too: {@code mvn org.corpuslint:corpus-lint-maven-plugin:<version>:check
 * -Dcorpus-lint.corpusDirectory=some/folder}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresProject = false)
public class CheckMojo extends AbstractCorpusLintMojo {

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info}, or
     * {@code none} to report without ever failing.
     */
    @Parameter(property = "corpus-lint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * Whether a run that lints no document passes. By default it fails the build: a typo in
     * {@code includes} or an empty folder must not turn the check into one that always passes.
     * Default: {@code allowEmpty} of {@code corpus-lint.yaml}, else {@code false}.
     */
    @Parameter(property = "corpus-lint.allowEmpty")
    private Boolean allowEmpty;

    /**
     * Where the reports are written; by default {@code corpus-lint} in the project's build
     * folder ({@code target/corpus-lint}). It must not lie inside the corpus folder.
     */
    @Parameter(property = "corpus-lint.outputDirectory")
    private File outputDirectory;

    /** The project's build folder; outside a project Maven leaves the expression unresolved. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private String buildDirectory;

    /**
     * Report formats to write into {@code outputDirectory}: {@code sarif}, {@code json},
     * {@code html} (one self-contained page), {@code checkstyle} (Checkstyle XML).
     */
    @Parameter(property = "corpus-lint.formats", defaultValue = "sarif,json,html")
    private List<String> formats;

    /**
     * Prints a GitHub Actions annotation ({@code ::error file=..::..}) per finding. Unset: on
     * when the environment variable {@code GITHUB_ACTIONS} is {@code true}; {@code false}
     * turns it off there too.
     */
    @Parameter(property = "corpus-lint.githubAnnotations")
    private Boolean githubAnnotations;

    /** Where annotations go; the tests replace them. Not Maven's log: its prefix would hide them. */
    GithubAnnotationPrinter annotations = GithubAnnotationPrinter.toStandardOutput();

    /**
     * The baseline of accepted findings (written by the {@code baseline} goal): {@code check}
     * reports and fails only on findings not in it. By default
     * {@code corpus-lint-baseline.json} in the project folder, used when it exists.
     */
    @Parameter(property = "corpus-lint.baseline")
    private File baseline;

    /**
     * A cache for incremental checks, outside the corpus (for example
     * {@code ${project.build.directory}/corpus-lint.cache}): per-file findings and the corpus
     * statistics are kept there, and a later check re-checks only the files whose findings can
     * have changed, with the findings of a full check. Default: {@code cacheFile} of
     * {@code corpus-lint.yaml}, else none.
     */
    @Parameter(property = "corpus-lint.cacheFile")
    private File cacheFile;

    /** Findings at or above {@code failOnSeverity} tolerated before the build fails. */
    @Parameter(property = "corpus-lint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Errors tolerated; when set, errors count against this limit only. */
    @Parameter(property = "corpus-lint.maxAllowedErrors")
    private Integer maxAllowedErrors;

    /** Warnings tolerated; when set, warnings count against this limit only. */
    @Parameter(property = "corpus-lint.maxAllowedWarnings")
    private Integer maxAllowedWarnings;

    /** Info findings tolerated; when set, they count against this limit only. */
    @Parameter(property = "corpus-lint.maxAllowedInfos")
    private Integer maxAllowedInfos;

    /**
     * How many documents the HTML report shows with their text and highlighted findings: those
     * with the most findings. The others are listed by path and counts; totals and charts
     * always cover the whole corpus. {@code 0} embeds no text.
     */
    @Parameter(property = "corpus-lint.htmlMaxTexts", defaultValue = "2000")
    private int htmlMaxTexts;

    /**
     * Logs each rule's share of the rules' CPU time after the summary and adds it to the JSON
     * report ({@code statistics.ruleCpu}); times vary from run to run, so it is off by default.
     */
    @Parameter(property = "corpus-lint.ruleTimes", defaultValue = "false")
    private boolean ruleTimes;

    /**
     * The folder Maven was started in, the shell's current folder. Console paths are printed
     * relative to it, so a path in the log opens from that terminal: with
     * {@code mvn -f example-corpus ...} the project folder is another one.
     */
    @Parameter(defaultValue = "${user.dir}", readonly = true)
    private File workingDirectory;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        CheckRequest request;
        try {
            request = request();
        } catch (MojoExecutionException | RuntimeException e) {
            removePreviousReports();
            throw e;
        }
        // Streamed: findings are spooled to disk and read back for the reports and the log,
        // so a corpus of millions of documents does not hold its findings in memory.
        try (StreamedCheckOutcome outcome = new CheckExecutor().executeStreaming(request,
                notice -> getLog().info("corpus-lint: " + notice))) {
            if (outcome.result().documentCount() == 0) {
                getLog().warn("corpus-lint: no document under " + request.corpusRoot()
                        + " matches includes " + request.config().includes()
                        + " and excludes " + request.config().excludes());
            }
            FindingLog log = new FindingLog(getLog(), workingDirectory(), request.corpusRoot());
            log.print(outcome.result(), outcome.reports());
            if (ruleTimes) {
                ConsoleReport.ruleTimes(outcome.result().statistics()).forEach(getLog()::info);
            }
            if (outcome.baseline() != null) {
                outcome.baseline().summary().forEach(getLog()::info);
            }
            annotations.printIfEnabled(githubAnnotations, outcome.result(), workingDirectory(),
                    request.corpusRoot());
            if (outcome.failed()) {
                throw new MojoFailureException(outcome.failureMessage());
            }
        }
    }

    /** The parameters as a request: the corpus, its configuration, reports, thresholds. */
    private CheckRequest request() throws MojoExecutionException {
        Path output = outputDirectory().toAbsolutePath().normalize();
        LintParameters.Resolved lint = resolveLintParameters();
        requireOutsideCorpus(Setting.OUTPUT_DIRECTORY, output, lint.target(),
                "and corpus-lint never writes into the corpus; choose a folder outside it");
        Path baselineFile = baselineFile(baseline);
        Path cache = cacheFile == null ? null : cacheFile.toPath().toAbsolutePath().normalize();
        if (cache != null) {
            requireOutsideCorpus(Setting.CACHE_FILE, cache, lint.target(),
                    "and corpus-lint never writes into the corpus; choose a file outside it");
        } else {
            cache = CacheFileSetting.fromFile(lint.file(), lint.target());
        }
        if (htmlMaxTexts < 0) {
            throw Setting.HTML_MAX_TEXTS.invalid("'" + htmlMaxTexts
                    + "' is negative; use 0 or more");
        }
        return new CheckRequest(lint.target(), output, reportFormats(), failOn(), budget(),
                baseline != null || Files.isRegularFile(baselineFile) ? baselineFile : null,
                lint.allowEmpty(allowEmpty)).withMaxEmbeddedTexts(htmlMaxTexts)
                .withRuleTimes(ruleTimes).withCacheFile(cache);
    }

    /** Where console paths are relative to: the folder Maven was started in. */
    Path workingDirectory() {
        boolean resolved = workingDirectory != null && !workingDirectory.getPath().contains("${");
        return (resolved ? workingDirectory.toPath() : Path.of(System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
    }

    /** For tests, which run in another folder than the one Maven would be started in. */
    void workingDirectory(Path folder) {
        this.workingDirectory = folder.toFile();
    }

    private ViolationBudget budget() throws MojoExecutionException {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Object[][] limits = {{Severity.ERROR, maxAllowedErrors, Setting.MAX_ALLOWED_ERRORS},
            {Severity.WARNING, maxAllowedWarnings, Setting.MAX_ALLOWED_WARNINGS},
            {Severity.INFO, maxAllowedInfos, Setting.MAX_ALLOWED_INFOS}};
        for (Object[] limit : limits) {
            Integer max = (Integer) limit[1];
            if (max != null && max < 0) {
                throw ((Setting) limit[2]).invalid("'" + max + "' is negative; use 0 or more");
            }
            if (max != null) {
                bySeverity.put((Severity) limit[0], max);
            }
        }
        if (maxAllowedViolations < 0) {
            throw Setting.MAX_ALLOWED_VIOLATIONS.invalid("'" + maxAllowedViolations
                    + "' is negative; use 0 or more");
        }
        return new ViolationBudget(maxAllowedViolations, bySeverity);
    }

    /**
     * A configuration error stops the goal before the check starts (which would remove them):
     * the previous run's reports must not stay behind looking like this run's. Nothing is
     * removed when the output folder is (wrongly) inside the corpus.
     */
    private void removePreviousReports() {
        Path output = outputDirectory().toAbsolutePath().normalize();
        Path corpus = lintParameters().corpusDirectory().toPath().toAbsolutePath().normalize();
        if (!output.startsWith(corpus)) {
            try {
                ReportWriters.removeReports(output);
            } catch (CorpusLintException e) {
                getLog().warn("corpus-lint: " + e.getMessage());
            }
        }
    }

    private Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        // Maven's stand-alone stub project (no pom.xml) leaves "${project.basedir}/target" as is.
        boolean resolved = buildDirectory != null && !buildDirectory.contains("${");
        Path build = resolved ? Path.of(buildDirectory) : basedir().resolve("target");
        return build.resolve("corpus-lint");
    }

    private Severity failOn() throws MojoExecutionException {
        try {
            return CheckRequest.parseFailOnSeverity(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw Setting.FAIL_ON_SEVERITY.invalid("'" + failOnSeverity
                    + "' is not one of error, warning, info, none");
        }
    }

    private List<String> reportFormats() throws MojoExecutionException {
        List<String> chosen = formats == null ? List.of()
                : formats.stream().map(String::trim).filter(f -> !f.isEmpty()).toList();
        for (String format : chosen) {
            if (!ReportWriters.formats().contains(format.toLowerCase(java.util.Locale.ROOT))) {
                throw Setting.FORMATS.invalid("unknown report format '" + format
                        + "'; known formats: " + String.join(", ", ReportWriters.formats()));
            }
        }
        return chosen;
    }
}
