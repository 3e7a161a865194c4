package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckRequest;
import org.corpuslint.run.LintTarget;
import org.corpuslint.run.StreamedCheckOutcome;
import org.corpuslint.run.ViolationBudget;

/**
 * The site report: lints the corpus as {@code check} does (never failing the build), writes
 * the HTML report into the site's {@code corpus-lint/} folder and renders a page
 * ({@code corpus-lint-report.html}) with the findings per rule and per document, each linked
 * into the HTML report. Use it in {@code <reporting>}; its lint settings have the same names
 * and user properties as {@code check}'s.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The HTML report's folder inside the site, and its address from the report page. */
    static final String HTML_FOLDER = "corpus-lint";

    // The lint settings repeat the goals' declarations: a mojo's parameters must be fields of its
    // own class hierarchy, and a report has to extend AbstractMavenReport. Their translation
    // (LintParameters) is shared.

    /** The corpus folder: every document under it that the includes select is linted. */
    @Parameter(property = "corpus-lint.corpusDirectory", defaultValue = "${basedir}/corpus")
    private File corpusDirectory;

    /**
     * Ant-style patterns of the documents to lint, relative to the corpus folder; by default
     * those of {@code corpus-lint.yaml}, else {@code **}{@code /*.txt}.
     */
    @Parameter(property = "corpus-lint.includes")
    private List<String> includes;

    /** Ant-style patterns of files or folders to leave out. */
    @Parameter(property = "corpus-lint.excludes")
    private List<String> excludes;

    /** The character set the documents are written in; by default that of the file, else UTF-8. */
    @Parameter(property = "corpus-lint.encoding")
    private String encoding;

    /** Largest file, in bytes, that is linted; as for {@code check}. */
    @Parameter(property = "corpus-lint.maxFileSize")
    private Long maxFileSize;

    /** Longest line, in characters, of a file that is linted; as for {@code check}. */
    @Parameter(property = "corpus-lint.maxLineLength")
    private Integer maxLineLength;

    /** Longest run without a space that is not reported; as for {@code check}. */
    @Parameter(property = "corpus-lint.maxTokenLength")
    private Integer maxTokenLength;

    /** The text field of JSON Lines records; default: {@code corpus-lint.yaml}'s, else {@code text}. */
    @Parameter(property = "corpus-lint.jsonTextField")
    private String jsonTextField;

    /** The id field of JSON Lines records; default: {@code corpus-lint.yaml}'s, else {@code id}. */
    @Parameter(property = "corpus-lint.jsonIdField")
    private String jsonIdField;

    /**
     * The date field of JSON Lines records, which plays the role of the date header; default:
     * {@code corpus-lint.yaml}'s, else {@code date}.
     */
    @Parameter(property = "corpus-lint.jsonDateField")
    private String jsonDateField;

    /**
     * The outlet field of JSON Lines records (statistics, line recurrence); default:
     * {@code corpus-lint.yaml}'s, else {@code source}.
     */
    @Parameter(property = "corpus-lint.jsonSourceField")
    private String jsonSourceField;

    /** Worker threads; {@code 0} means one per available core. */
    @Parameter(property = "corpus-lint.threads", defaultValue = "0")
    private int threads;

    /** Per-rule settings, as for {@code check}. */
    @Parameter
    private List<RuleConfiguration> rules;

    /** Comma-separated ids of rules to switch off; laid over {@code rules}. */
    @Parameter(property = "corpus-lint.disabledRules")
    private String disabledRules;

    /** Comma-separated {@code rule-id=severity} pairs; laid over {@code rules}. */
    @Parameter(property = "corpus-lint.ruleSeverities")
    private String ruleSeverities;

    /** The configuration file, as for {@code check}; its settings lie under these parameters. */
    @Parameter(property = "corpus-lint.configFile")
    private File configFile;

    /** Lint files that links lead to outside the corpus, as for {@code check}. */
    @Parameter(property = "corpus-lint.followLinks")
    private Boolean followLinks;

    /** Skips the report. */
    @Parameter(property = "corpus-lint.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public String getOutputName() {
        return "corpus-lint-report";
    }

    @Override
    public String getName(Locale locale) {
        return "corpus-lint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of corpus-lint on the news corpus, per rule and per document.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        if (!corpusDirectory.isDirectory()) {
            getLog().warn("corpus-lint: no report, corpus directory " + corpusDirectory
                    + " does not exist");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path htmlFolder = getReportOutputDirectory().toPath().resolve(HTML_FOLDER);
        try {
            LintTarget target = new LintParameters(corpusDirectory, configFile, includes,
                    excludes, encoding, threads, rules, disabledRules, ruleSeverities,
                    followLinks, maxFileSize, maxLineLength, maxTokenLength,
                new JsonFieldParameters(jsonTextField, jsonIdField, jsonDateField,
                        jsonSourceField)).resolve(null)
                    .target();
            // Findings spooled to disk and read back in passes, as by the check goal: the
            // site page, like the HTML report, never holds the run's findings whole.
            try (StreamedCheckOutcome outcome = new CheckExecutor().executeStreaming(
                    new CheckRequest(target, htmlFolder, List.of("html"), null,
                            ViolationBudget.NONE, null, false))) {
                new FindingsReportRenderer(getSink(), outcome.result(), target.corpusRoot(),
                        HTML_FOLDER + "/corpus-lint.html").render();
            }
        } catch (MojoExecutionException | CorpusLintException e) {
            throw new MavenReportException("corpus-lint: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(htmlFolder.resolve("corpus-lint.html"))) {
            throw new MavenReportException("corpus-lint: the HTML report was not written");
        }
    }
}
