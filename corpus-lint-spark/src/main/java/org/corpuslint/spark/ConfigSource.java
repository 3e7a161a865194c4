package org.corpuslint.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.engine.LintConfig;

/**
 * The run's {@code corpus-lint.yaml} as the workers get it: its text, read once by the driver,
 * and the folder it came from. Each JVM parses it once with the core's own reader
 * ({@link ConfigFile}), so the cluster lints with exactly the settings of a local run. Rule
 * options that name files (word lists) resolve against the original folder: on a cluster it
 * must be reachable from every worker (a shared mount), as documented in docs/spark.md.
 */
public final class ConfigSource implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<ConfigSource, LintConfig> PARSED = new ConcurrentHashMap<>();

    /** {@code null} when the run has no configuration file: the defaults. */
    private final String yaml;
    private final String folder;

    private ConfigSource(String yaml, String folder) {
        this.yaml = yaml;
        this.folder = folder;
    }

    /** No configuration file: the defaults. */
    public static ConfigSource defaults() {
        return new ConfigSource(null, null);
    }

    /** The text of a configuration file kept in {@code folder}. */
    public static ConfigSource of(String yaml, String folder) {
        return new ConfigSource(yaml, folder);
    }

    /** The settings, parsed once per JVM. */
    public LintConfig config() {
        return PARSED.computeIfAbsent(this, ConfigSource::parse);
    }

    private LintConfig parse() {
        if (yaml == null) {
            return LintConfig.defaults();
        }
        try {
            Path dir = Files.createTempDirectory("corpus-lint-config");
            Path file = dir.resolve(ConfigFile.FILE_NAME);
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            LintConfig parsed = ConfigFile.load(file).config();
            Files.delete(file);
            Files.delete(dir);
            Path base = folder == null ? null : Path.of(folder);
            return base != null && Files.isDirectory(base)
                    ? parsed.toBuilder().baseDirectory(base).build() : parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigSource that && java.util.Objects.equals(yaml, that.yaml)
                && java.util.Objects.equals(folder, that.folder);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(yaml, folder);
    }
}
