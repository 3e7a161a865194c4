package org.corpuslint.maven;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.model.Severity;

/**
 * Translates mojo parameters into a {@link LintConfig}, laid over what {@code corpus-lint.yaml}
 * configures (parameters win). Every bad value becomes a {@link MojoExecutionException} that
 * names the setting. User properties are laid over the {@code <rules>} of the POM, so the
 * command line wins.
 */
final class LintConfigFactory {

    private final KnownRules knownRules;

    LintConfigFactory(KnownRules knownRules) {
        this.knownRules = knownRules;
    }

    /**
     * @param base what the configuration file sets (or the defaults); {@code includes},
     *     {@code excludes} and {@code encoding} replace its values only when given
     */
    LintConfig create(LintConfig base, List<String> includes, List<String> excludes,
            String encoding, int threads, List<RuleConfiguration> rules, String disabledRules,
            String ruleSeverities) throws MojoExecutionException {
        if (threads < 0) {
            throw Setting.THREADS.invalid("'" + threads
                    + "' is negative; use 0 for one thread per core, or a positive count");
        }
        LintConfig.Builder builder = base.toBuilder().threads(threads);
        if (!nonBlank(includes).isEmpty()) {
            builder.includes(nonBlank(includes));
        }
        if (!nonBlank(excludes).isEmpty()) {
            builder.excludes(nonBlank(excludes));
        }
        if (encoding != null) {
            builder.charset(charset(encoding));
        }
        for (RuleConfiguration rule : rules == null ? List.<RuleConfiguration>of() : rules) {
            String id = knownRules.requireRule(rule.getId(), Setting.RULES);
            knownRules.requireOptions(id, rule.getOptions().keySet(), Setting.RULES);
            Severity severity = rule.getSeverity() == null
                    ? null : severity(rule.getSeverity(), id, Setting.RULES);
            builder.rule(id, new RuleSetting(rule.getEnabled(), severity, rule.getOptions()));
        }
        for (String id : split(disabledRules)) {
            builder.disableRule(knownRules.requireRule(id, Setting.DISABLED_RULES));
        }
        for (String pair : split(ruleSeverities)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw Setting.RULE_SEVERITIES.invalid("entry '" + pair
                        + "' is not of the form rule-id=severity");
            }
            String id = knownRules.requireRule(pair.substring(0, eq), Setting.RULE_SEVERITIES);
            builder.ruleSeverity(id, severity(pair.substring(eq + 1), id,
                    Setting.RULE_SEVERITIES));
        }
        return builder.build();
    }

    /**
     * Lays the input parameters that are given over {@code config}: {@code followLinks} and the
     * input limits; {@code null} (not given) keeps what the configuration file or the defaults
     * say.
     */
    static LintConfig withInputParameters(LintConfig config, Boolean followLinks,
            Long maxFileSize, Integer maxLineLength, Integer maxTokenLength)
            throws MojoExecutionException {
        LintConfig.Builder builder = config.toBuilder();
        if (followLinks != null) {
            builder.followLinks(followLinks);
        }
        if (maxFileSize != null) {
            builder.maxFileSize(positive(maxFileSize, Setting.MAX_FILE_SIZE));
        }
        if (maxLineLength != null) {
            builder.maxLineLength((int) positive(maxLineLength, Setting.MAX_LINE_LENGTH));
        }
        if (maxTokenLength != null) {
            builder.maxTokenLength((int) positive(maxTokenLength, Setting.MAX_TOKEN_LENGTH));
        }
        return builder.build();
    }

    private static long positive(long value, Setting setting) throws MojoExecutionException {
        if (value < 1) {
            throw setting.invalid("'" + value + "' is not positive; use a whole number of 1 or"
                    + " more");
        }
        return value;
    }

    private static Severity severity(String text, String ruleId, Setting setting)
            throws MojoExecutionException {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw setting.invalid("severity '" + text.trim() + "' of rule '" + ruleId
                    + "' is not one of error, warning, info");
        }
    }

    private static Charset charset(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            throw Setting.ENCODING.invalid("it is empty; use a character set name such as UTF-8");
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw Setting.ENCODING.invalid("'" + encoding
                    + "' is not a character set this Java runtime supports");
        }
    }

    /** Comma-separated values of a user property, trimmed, without empty entries. */
    static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> nonBlank(List<String> patterns) {
        return patterns == null ? List.of()
                : patterns.stream().filter(p -> p != null && !p.isBlank()).map(String::trim)
                        .toList();
    }
}
