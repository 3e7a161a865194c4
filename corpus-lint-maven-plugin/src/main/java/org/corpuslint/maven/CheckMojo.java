package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import java.util.EnumMap;
import java.util.Map;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ReportWriters;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
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
public class CheckMojo extends AbstractMojo {

    /** The corpus folder: every document under it that the includes select is linted. */
    @Parameter(property = "corpus-lint.corpusDirectory", defaultValue = "${basedir}/corpus")
    private File corpusDirectory;

    /**
     * Ant-style patterns of the documents to lint, relative to the corpus folder; as a user
     * property, comma-separated. Default: those of {@code corpus-lint.yaml}, else
     * {@code **}{@code /*.txt}.
     */
    @Parameter(property = "corpus-lint.includes")
    private List<String> includes;

    /** Ant-style patterns of files or folders to leave out ({@code drafts/**}). */
    @Parameter(property = "corpus-lint.excludes")
    private List<String> excludes;

    /** The character set the documents are written in; default: the file's, else UTF-8. */
    @Parameter(property = "corpus-lint.encoding")
    private String encoding;

    /**
     * Files larger than this many bytes are an {@code invalid-input} finding and are not read;
     * default: {@code corpus-lint.yaml}'s, else 10485760 (10 MiB).
     */
    @Parameter(property = "corpus-lint.maxFileSize")
    private Long maxFileSize;

    /**
     * A line longer than this many characters makes the file an {@code invalid-input} finding;
     * default: {@code corpus-lint.yaml}'s, else 100000.
     */
    @Parameter(property = "corpus-lint.maxLineLength")
    private Integer maxLineLength;

    /**
     * A run of non-space characters longer than this is an {@code invalid-input} finding (the
     * rest of the file is linted); default: {@code corpus-lint.yaml}'s, else 1000.
     */
    @Parameter(property = "corpus-lint.maxTokenLength")
    private Integer maxTokenLength;

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

    /** Skips the check. */
    @Parameter(property = "corpus-lint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Where the reports are written; by default {@code corpus-lint} in the project's build
     * folder ({@code target/corpus-lint}). It must not lie inside the corpus folder.
     */
    @Parameter(property = "corpus-lint.outputDirectory")
    private File outputDirectory;

    /** The project's build folder; outside a project Maven leaves the expression unresolved. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private String buildDirectory;

    /** Worker threads; {@code 0} means one per available core. */
    @Parameter(property = "corpus-lint.threads", defaultValue = "0")
    private int threads;

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
     * Per-rule settings: {@code <rule><id>..</id><enabled>..</enabled><severity>..</severity>
     * <options>..</options></rule>}.
     */
    @Parameter
    private List<RuleConfiguration> rules;

    /** Comma-separated ids of rules to switch off; laid over {@code rules}. */
    @Parameter(property = "corpus-lint.disabledRules")
    private String disabledRules;

    /**
     * Comma-separated {@code rule-id=severity} pairs that give every finding of a rule that
     * severity; laid over {@code rules}.
     */
    @Parameter(property = "corpus-lint.ruleSeverities")
    private String ruleSeverities;

    // --- configuration file, baseline, violation budget (issue 7; fix and baseline share them) ---

    /**
     * The configuration file; by default {@code corpus-lint.yaml} in the corpus folder, when
     * there is one. The parameters of this goal are laid over it.
     */
    @Parameter(property = "corpus-lint.configFile")
    private File configFile;

    /**
     * The baseline of accepted findings: {@code check} reports and fails only on findings not in
     * it; {@code baseline} writes it. By default {@code corpus-lint-baseline.json} in the project
     * folder, used by {@code check} when it exists.
     */
    @Parameter(property = "corpus-lint.baseline")
    private File baseline;

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
     * Lint the files that symbolic links in the corpus lead to outside the corpus folder. Off
     * (the default, or {@code followLinks} in {@code corpus-lint.yaml}): such a link is an
     * {@code invalid-input} finding. {@code fix} never writes outside the corpus either way.
     */
    @Parameter(property = "corpus-lint.followLinks")
    private Boolean followLinks;

    private FileConfiguration fileConfiguration;

    /** The project folder (the stand-alone stub's: the folder Maven runs in). */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /**
     * The folder Maven was started in, the shell's current folder. Console paths are printed
     * relative to it, so a path in the log opens from that terminal: with
     * {@code mvn -f example-corpus ...} the project folder is another one.
     */
    @Parameter(defaultValue = "${user.dir}", readonly = true)
    private File workingDirectory;

    /** False under {@code mvn -B}: then no progress is shown, even on a terminal. */
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    private boolean interactiveMode;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("corpus-lint: check skipped (corpus-lint.skip)");
            return;
        }
        CheckRequest request;
        try {
            request = request();
        } catch (MojoExecutionException | RuntimeException e) {
            removePreviousReports();
            throw e;
        }
        CheckOutcome outcome;
        try {
            outcome = new CheckExecutor().execute(request);
        } catch (CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: " + e.getMessage(), e);
        }
        if (outcome.result().documentCount() == 0) {
            getLog().warn("corpus-lint: no document under " + request.corpusRoot()
                    + " matches includes " + request.config().includes() + " and excludes "
                    + request.config().excludes());
        }
        new FindingLog(getLog(), workingDirectory(), request.corpusRoot()).print(outcome);
        if (outcome.baseline() != null) {
            outcome.baseline().summary().forEach(getLog()::info);
        }
        annotations.printIfEnabled(githubAnnotations, outcome, workingDirectory(),
                request.corpusRoot());
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.failureMessage());
        }
    }

    /** The request every goal starts from: the corpus, its configuration, the thresholds. */
    protected CheckRequest request() throws MojoExecutionException {
        Path corpus = corpusRoot();
        Path output = outputDirectory().toAbsolutePath().normalize();
        if (output.startsWith(corpus)) {
            throw Setting.OUTPUT_DIRECTORY.invalid(output + " lies inside the corpus directory "
                    + corpus + ", and corpus-lint never writes into the corpus; choose a folder"
                    + " outside it");
        }
        fileConfiguration = ConfigurationFile.load(configFile, corpus);
        LintConfig config = new LintConfigFactory(KnownRules.builtIn()).create(
                fileConfiguration.config(), includes, excludes, encoding, threads, rules,
                disabledRules, ruleSeverities);
        config = LintConfigFactory.withInputParameters(config, followLinks, maxFileSize,
                maxLineLength, maxTokenLength)
                .toBuilder().progress(ConsoleProgress.forCurrentTerminal(interactiveMode)).build();
        Path baselineFile = baselineFile();
        boolean emptyAllowed = allowEmpty != null ? allowEmpty
                : Boolean.TRUE.equals(fileConfiguration.allowEmpty());
        return new CheckRequest(corpus, config, output, reportFormats(), failOn(), budget(),
                baseline != null || Files.isRegularFile(baselineFile) ? baselineFile : null,
                emptyAllowed);
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

    /** What {@code corpus-lint.yaml} configures; known after {@link #request()}. */
    protected FileConfiguration fileConfiguration() {
        return fileConfiguration;
    }

    /** The baseline file named by {@code baseline}, or the default one in the project folder. */
    protected Path baselineFile() {
        return (baseline != null ? baseline.toPath()
                : basedir.toPath().resolve(Baseline.DEFAULT_FILE_NAME)).toAbsolutePath().normalize();
    }

    protected boolean skip() {
        return skip;
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
        if (!output.startsWith(corpusDirectory.toPath().toAbsolutePath().normalize())) {
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
        Path build = resolved ? Path.of(buildDirectory) : basedir.toPath().resolve("target");
        return build.resolve("corpus-lint");
    }

    /** The corpus folder, absolute; checked here so the message can name the setting. */
    private Path corpusRoot() throws MojoExecutionException {
        Path corpus = corpusDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw Setting.CORPUS_DIRECTORY.invalid("corpus directory " + corpus
                    + (Files.exists(corpus) ? " is not a directory" : " does not exist")
                    + "; point it at the folder that holds the articles");
        }
        return corpus;
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
