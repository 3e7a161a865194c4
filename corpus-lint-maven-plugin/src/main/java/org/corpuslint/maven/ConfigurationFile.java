package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.CorpusLintException;

/**
 * Finds and reads {@code corpus-lint.yaml}: the file named by {@code configFile}, else the one
 * in the corpus root, else none (the defaults). Found and read by the core's
 * {@link ConfigFile#forCorpus(Path, Path)}, exactly as a library caller does; this class only
 * names the Maven setting in errors.
 */
final class ConfigurationFile {

    private ConfigurationFile() {}

    static FileConfiguration load(File configFile, Path corpusRoot)
            throws MojoExecutionException {
        Path named = null;
        if (configFile != null) {
            named = configFile.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(named)) {
                throw Setting.CONFIG_FILE.invalid("configuration file " + named
                        + " does not exist");
            }
        }
        try {
            return ConfigFile.forCorpus(corpusRoot, named);
        } catch (CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: invalid configuration file: "
                    + e.getMessage(), e);
        }
    }
}
