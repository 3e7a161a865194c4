package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.run.LintTarget;

/**
 * The parameters that {@code check}, {@code fix} and {@code baseline} share, those that choose
 * and configure the documents and rules, and the steps every goal takes: skip, translate the
 * parameters ({@link LintParameters}), run, turn a core error into a configuration error. Each
 * goal adds only the parameters that apply to it.
 */
abstract class AbstractCorpusLintMojo extends AbstractMojo {

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

    /** Skips the goal. */
    @Parameter(property = "corpus-lint.skip", defaultValue = "false")
    private boolean skip;

    /** Worker threads; {@code 0} means one per available core. */
    @Parameter(property = "corpus-lint.threads", defaultValue = "0")
    private int threads;

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

    /**
     * The configuration file; by default {@code corpus-lint.yaml} in the corpus folder, when
     * there is one. The parameters of this goal are laid over it.
     */
    @Parameter(property = "corpus-lint.configFile")
    private File configFile;

    /**
     * Lint the files that symbolic links in the corpus lead to outside the corpus folder. Off
     * (the default, or {@code followLinks} in {@code corpus-lint.yaml}): such a link is an
     * {@code invalid-input} finding. {@code fix} never writes outside the corpus either way.
     */
    @Parameter(property = "corpus-lint.followLinks")
    private Boolean followLinks;

    /** The project folder (the stand-alone stub's: the folder Maven runs in). */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /** False under {@code mvn -B}: then no progress is shown, even on a terminal. */
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    private boolean interactiveMode;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("corpus-lint: " + goal() + " skipped (corpus-lint.skip)");
            return;
        }
        try {
            run();
        } catch (CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: " + e.getMessage(), e);
        }
    }

    /** The goal's name, for the log. */
    abstract String goal();

    /** Runs the goal; a {@link CorpusLintException} becomes a configuration error. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The shared parameters, to be translated. */
    final LintParameters lintParameters() {
        return new LintParameters(corpusDirectory, configFile, includes, excludes, encoding,
                threads, rules, disabledRules, ruleSeverities, followLinks, maxFileSize,
                maxLineLength, maxTokenLength,
                new JsonFieldParameters(jsonTextField, jsonIdField, jsonDateField,
                        jsonSourceField));
    }

    /** The shared parameters resolved over {@code corpus-lint.yaml}, with console progress. */
    final LintParameters.Resolved resolveLintParameters() throws MojoExecutionException {
        return lintParameters().resolve(ConsoleProgress.forCurrentTerminal(interactiveMode,
                getLog()::info));
    }

    /** The project folder. */
    final Path basedir() {
        return basedir.toPath();
    }

    /**
     * Refuses a file or folder a goal writes ({@code setting}) that lies inside the corpus: only
     * {@code fix} writes there, and only the fixes.
     */
    static void requireOutsideCorpus(Setting setting, Path path, LintTarget target,
            String advice) throws MojoExecutionException {
        if (target.wouldWriteInside(path)) {
            throw setting.invalid(path + " lies inside the corpus directory "
                    + target.corpusRoot() + ", " + advice);
        }
    }

    /** The baseline file {@code named} by a goal's parameter, or the default one. */
    final Path baselineFile(File named) {
        return (named != null ? named.toPath() : basedir().resolve(Baseline.DEFAULT_FILE_NAME))
                .toAbsolutePath().normalize();
    }
}
