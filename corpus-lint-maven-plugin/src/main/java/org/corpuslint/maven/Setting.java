package org.corpuslint.maven;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * The settings of the goals, by POM parameter and user property, so that every
 * configuration error names the setting the user has to correct, in both spellings.
 */
enum Setting {
    CORPUS_DIRECTORY("corpusDirectory"),
    INCLUDES("includes"),
    EXCLUDES("excludes"),
    ENCODING("encoding"),
    MAX_FILE_SIZE("maxFileSize"),
    MAX_LINE_LENGTH("maxLineLength"),
    MAX_TOKEN_LENGTH("maxTokenLength"),
    FAIL_ON_SEVERITY("failOnSeverity"),
    SKIP("skip"),
    OUTPUT_DIRECTORY("outputDirectory"),
    THREADS("threads"),
    FORMATS("formats"),
    GITHUB_ANNOTATIONS("githubAnnotations"),
    RULES("rules", null),
    DISABLED_RULES("disabledRules"),
    RULE_SEVERITIES("ruleSeverities"),
    CONFIG_FILE("configFile"),
    BASELINE("baseline"),
    CACHE_FILE("cacheFile"),
    MAX_ALLOWED_VIOLATIONS("maxAllowedViolations"),
    MAX_ALLOWED_ERRORS("maxAllowedErrors"),
    MAX_ALLOWED_WARNINGS("maxAllowedWarnings"),
    MAX_ALLOWED_INFOS("maxAllowedInfos"),
    HTML_MAX_TEXTS("htmlMaxTexts"),
    DRY_RUN("dryRun"),
    FIX_RULES("fixRules"),
    FOLLOW_LINKS("followLinks"),
    FIX_CONFIDENCE("fixConfidence"),
    PATCH_FILE("patchFile"),
    JSON_TEXT_FIELD("jsonTextField"),
    JSON_ID_FIELD("jsonIdField"),
    JSON_DATE_FIELD("jsonDateField"),
    JSON_SOURCE_FIELD("jsonSourceField");

    static final String PROPERTY_PREFIX = "corpus-lint.";

    private final String parameter;
    private final String property;

    Setting(String parameter) {
        this(parameter, PROPERTY_PREFIX + parameter);
    }

    Setting(String parameter, String property) {
        this.parameter = parameter;
        this.property = property;
    }

    String parameter() {
        return parameter;
    }

    /** The user property ({@code -D...}), or {@code null} when the setting is POM-only. */
    String property() {
        return property;
    }

    /** {@code <encoding> (-Dcorpus-lint.encoding)}, or {@code <rules>} for POM-only settings. */
    String label() {
        return property == null ? "<" + parameter + ">" : "<" + parameter + "> (-D" + property + ")";
    }

    /** A configuration error naming this setting. */
    MojoExecutionException invalid(String problem) {
        return new MojoExecutionException("corpus-lint: invalid " + label() + ": " + problem);
    }
}
