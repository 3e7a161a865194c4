package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.ProgressListener;
import org.corpuslint.run.LintTarget;

/**
 * The lint parameters every goal shares (the corpus, the documents, the rules, the input limits,
 * the configuration file), translated into the core's {@link LintTarget} laid over what
 * {@code corpus-lint.yaml} configures. The goals' base class and {@link ReportMojo}, which has to
 * extend {@code AbstractMavenReport}, both hand their fields here, so the translation exists
 * once.
 */
record LintParameters(File corpusDirectory, File configFile, List<String> includes,
        List<String> excludes, String encoding, int threads, List<RuleConfiguration> rules,
        String disabledRules, String ruleSeverities, Boolean followLinks, Long maxFileSize,
        Integer maxLineLength, Integer maxTokenLength, JsonFieldParameters jsonFields) {

    /** Without JSON Lines field names: the file's or the defaults. */
    LintParameters(File corpusDirectory, File configFile, List<String> includes,
            List<String> excludes, String encoding, int threads, List<RuleConfiguration> rules,
            String disabledRules, String ruleSeverities, Boolean followLinks, Long maxFileSize,
            Integer maxLineLength, Integer maxTokenLength) {
        this(corpusDirectory, configFile, includes, excludes, encoding, threads, rules,
                disabledRules, ruleSeverities, followLinks, maxFileSize, maxLineLength,
                maxTokenLength, JsonFieldParameters.NONE);
    }

    /** The corpus folder, absolute; checked here so the message can name the setting. */
    Path corpusRoot() throws MojoExecutionException {
        Path corpus = corpusDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw Setting.CORPUS_DIRECTORY.invalid("corpus directory " + corpus
                    + (Files.exists(corpus) ? " is not a directory" : " does not exist")
                    + "; point it at the folder that holds the articles");
        }
        return corpus;
    }

    /**
     * Reads the configuration file and lays these parameters over it.
     *
     * @param progress how the run shows its progress, or {@code null} for the default
     */
    Resolved resolve(ProgressListener progress) throws MojoExecutionException {
        Path corpus = corpusRoot();
        FileConfiguration file = ConfigurationFile.load(configFile, corpus);
        LintConfig config = new LintConfigFactory(KnownRules.builtIn()).create(file.config(),
                includes, excludes, encoding, threads, rules, disabledRules, ruleSeverities);
        config = LintConfigFactory.withInputParameters(config, followLinks, maxFileSize,
                maxLineLength, maxTokenLength);
        config = (jsonFields == null ? JsonFieldParameters.NONE : jsonFields).applyTo(config);
        if (progress != null) {
            config = config.toBuilder().progress(progress).build();
        }
        return new Resolved(new LintTarget(corpus, config), file);
    }

    /**
     * The parameters resolved.
     *
     * @param target the corpus and its lint configuration
     * @param file what {@code corpus-lint.yaml} configures, for the settings of one goal
     *     ({@code allowEmpty}, {@code fix.rules}, {@code fix.confidence})
     */
    record Resolved(LintTarget target, FileConfiguration file) {

        /** {@code allowEmpty}: the parameter when given, else the file's, else {@code false}. */
        boolean allowEmpty(Boolean parameter) {
            return parameter != null ? parameter : Boolean.TRUE.equals(file.allowEmpty());
        }
    }
}
