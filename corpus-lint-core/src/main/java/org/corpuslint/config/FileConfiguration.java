package org.corpuslint.config;

import java.nio.file.Path;
import java.util.Set;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.FixConfidence;

/**
 * What {@code corpus-lint.yaml} configures.
 *
 * @param file the file it was read from
 * @param config the lint configuration (relative option paths resolve against the file's folder)
 * @param fixRules the rules whose fixes {@code fix} applies ({@code fix.rules}); empty for all
 * @param allowEmpty {@code allowEmpty}: whether a run that lints no document passes; {@code null}
 *     when the file does not say (it then fails)
 * @param fixConfidence the least confidence of the fixes {@code fix} applies
 *     ({@code fix.confidence}), or {@code null} when the file does not say (then: safe)
 * @param cacheFile {@code cacheFile}: the cache of incremental checks, absolute (a relative
 *     path is resolved against the file's folder), or {@code null} when the file names none
 */
public record FileConfiguration(Path file, LintConfig config, Set<String> fixRules,
        Boolean allowEmpty, FixConfidence fixConfidence, Path cacheFile) {

    public FileConfiguration {
        fixRules = Set.copyOf(fixRules);
    }

    public FileConfiguration(Path file, LintConfig config, Set<String> fixRules) {
        this(file, config, fixRules, null, null, null);
    }

    /** The defaults, as when there is no configuration file. */
    public static FileConfiguration none() {
        return new FileConfiguration(null, LintConfig.defaults(), Set.of(), null, null, null);
    }

    /**
     * The cache file of an incremental check: {@code given} (a front end's own setting) when
     * set, else this file's {@code cacheFile}, else {@code null} (no cache).
     */
    public Path cacheFileOr(Path given) {
        return given != null ? given.toAbsolutePath().normalize() : cacheFile;
    }

    /**
     * The confidence {@code fix} applies: {@code given} (a front end's own setting) when set,
     * else this file's {@code fix.confidence}, else {@code SAFE}.
     */
    public FixConfidence fixConfidenceOr(FixConfidence given) {
        if (given != null) {
            return given;
        }
        return fixConfidence == null ? FixConfidence.SAFE : fixConfidence;
    }
}
