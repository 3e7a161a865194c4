package org.corpuslint.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.ConfigurationCheck;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.InvalidRuleSetting;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.model.Severity;
import org.corpuslint.rules.BuiltInRules;
import org.corpuslint.run.LintTarget;

/**
 * Translates {@link LintOptions} into the core's {@link LintTarget}, laid over what
 * {@code corpus-lint.yaml} configures (found by {@link ConfigFile#forCorpus(Path, Path)}, as
 * the Maven plugin finds it): options given on the command line win. Every bad value is a
 * {@link CorpusLintException} that names the option, so the command exits with status 2.
 */
final class LintTargets {

    private static final ConfigurationCheck KNOWN_RULES =
            ConfigurationCheck.of(BuiltInRules.catalog());

    private LintTargets() {}

    /**
     * The target and the file's settings.
     *
     * @param target the corpus and its lint configuration
     * @param file what {@code corpus-lint.yaml} configures, for settings of one command
     */
    record Resolved(LintTarget target, FileConfiguration file) {

        /** {@code allowEmpty}: the option when given, else the file's, else {@code false}. */
        boolean allowEmpty(Boolean option) {
            return option != null ? option : Boolean.TRUE.equals(file.allowEmpty());
        }
    }

    static Resolved resolve(LintOptions options) {
        Path corpus = options.corpus.toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw new CorpusLintException("corpus directory " + corpus
                    + (Files.exists(corpus) ? " is not a directory" : " does not exist")
                    + "; name the folder that holds the articles");
        }
        Path named = null;
        if (options.configFile != null) {
            named = options.configFile.toAbsolutePath().normalize();
            if (!Files.isRegularFile(named)) {
                throw new CorpusLintException("--config: configuration file " + named
                        + " does not exist");
            }
        }
        FileConfiguration file = ConfigFile.forCorpus(corpus, named);
        return new Resolved(new LintTarget(corpus, config(file.config(), options)), file);
    }

    private static LintConfig config(LintConfig base, LintOptions options) {
        if (options.threads < 0) {
            throw new CorpusLintException("--threads: '" + options.threads
                    + "' is negative; use 0 for one thread per core, or a positive count");
        }
        LintConfig.Builder builder = base.toBuilder().threads(options.threads);
        if (!nonBlank(options.includes).isEmpty()) {
            builder.includes(nonBlank(options.includes));
        }
        if (!nonBlank(options.excludes).isEmpty()) {
            builder.excludes(nonBlank(options.excludes));
        }
        if (options.encoding != null) {
            builder.charset(charset(options.encoding));
        }
        for (String id : nonBlank(options.enabledRules)) {
            builder.rule(rule(id, "--enable"), new RuleSetting(true, null, java.util.Map.of()));
        }
        for (String id : nonBlank(options.disabledRules)) {
            builder.disableRule(rule(id, "--disable"));
        }
        for (String pair : nonBlank(options.ruleSeverities)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CorpusLintException("--severity: '" + pair
                        + "' is not of the form RULE=SEVERITY");
            }
            String id = rule(pair.substring(0, eq), "--severity");
            builder.ruleSeverity(id, severity(pair.substring(eq + 1), id));
        }
        for (String setting : options.ruleOptions) {
            int dot = setting.indexOf('.');
            int eq = setting.indexOf('=');
            if (dot <= 0 || eq < dot + 2) {
                throw new CorpusLintException("--rule-option: '" + setting
                        + "' is not of the form RULE.OPTION=VALUE");
            }
            String id = rule(setting.substring(0, dot), "--rule-option");
            String key = setting.substring(dot + 1, eq).trim();
            try {
                KNOWN_RULES.optionKeys(id, Set.of(key));
            } catch (InvalidRuleSetting e) {
                throw new CorpusLintException("--rule-option: rule '" + id + "' has no option '"
                        + key + "'; " + (e.known().isEmpty() ? "it takes no options"
                                : "its options: " + String.join(", ", e.known())));
            }
            builder.ruleOption(id, key, setting.substring(eq + 1));
        }
        if (options.followLinks != null) {
            builder.followLinks(options.followLinks);
        }
        if (options.maxFileSize != null) {
            builder.maxFileSize(positive(options.maxFileSize, "--max-file-size"));
        }
        if (options.maxLineLength != null) {
            builder.maxLineLength((int) positive(options.maxLineLength, "--max-line-length"));
        }
        if (options.maxTokenLength != null) {
            builder.maxTokenLength((int) positive(options.maxTokenLength, "--max-token-length"));
        }
        return builder.build();
    }

    /** The trimmed id, when it names a known rule. */
    static String rule(String id, String option) {
        String trimmed = id.trim();
        try {
            return KNOWN_RULES.rule(trimmed, option).id();
        } catch (InvalidRuleSetting e) {
            throw new CorpusLintException(option + ": unknown rule id '" + trimmed
                    + "'; known rules: " + String.join(", ", KNOWN_RULES.ruleIds()));
        }
    }

    private static Severity severity(String text, String ruleId) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CorpusLintException("--severity: severity '" + text.trim() + "' of rule '"
                    + ruleId + "' is not one of error, warning, info");
        }
    }

    private static Charset charset(String encoding) {
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CorpusLintException("--encoding: '" + encoding
                    + "' is not a character set this Java runtime supports");
        }
    }

    private static long positive(long value, String option) {
        if (value < 1) {
            throw new CorpusLintException(option + ": '" + value
                    + "' is not positive; use a whole number of 1 or more");
        }
        return value;
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }
}
