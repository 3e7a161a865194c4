package org.corpuslint.config;

import java.nio.file.Path;
import java.util.Set;
import org.corpuslint.engine.LintConfig;

/**
 * What {@code corpus-lint.yaml} configures.
 *
 * @param file the file it was read from
 * @param config the lint configuration (relative option paths resolve against the file's folder)
 * @param fixRules the rules whose fixes {@code fix} applies ({@code fix.rules}); empty for all
 */
public record FileConfiguration(Path file, LintConfig config, Set<String> fixRules) {

    public FileConfiguration {
        fixRules = Set.copyOf(fixRules);
    }
}
