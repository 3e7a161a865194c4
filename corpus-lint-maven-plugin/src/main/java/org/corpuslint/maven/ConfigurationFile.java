package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;

/**
 * Finds and reads {@code corpus-lint.yaml}: the file named by {@code configFile}, else the one
 * in the corpus root, else none (the defaults). Read by the core's {@link ConfigFile}, exactly as
 * the library reads it.
 */
final class ConfigurationFile {

    private ConfigurationFile() {}

    static FileConfiguration load(File configFile, Path corpusRoot)
            throws MojoExecutionException {
        Optional<Path> file;
        if (configFile != null) {
            Path named = configFile.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(named)) {
                throw Setting.CONFIG_FILE.invalid("configuration file " + named
                        + " does not exist");
            }
            file = Optional.of(named);
        } else {
            file = ConfigFile.find(corpusRoot);
        }
        if (file.isEmpty()) {
            return new FileConfiguration(null, LintConfig.defaults(), Set.of());
        }
        try {
            return ConfigFile.load(file.get());
        } catch (CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: invalid configuration file: "
                    + e.getMessage(), e);
        }
    }
}
