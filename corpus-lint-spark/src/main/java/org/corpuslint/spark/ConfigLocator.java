package org.corpuslint.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.engine.CorpusLintException;

/**
 * Finds the run's {@code corpus-lint.yaml} on the driver, on any Hadoop file system: the file
 * named by the options, else the one in a {@code .txt} or JSON Lines corpus folder, as a local
 * run finds it.
 * A file on the local file system is also read by {@link ConfigFile} directly, so that a bad
 * key is reported with the file's own path before any task starts.
 */
final class ConfigLocator {

    /** Configuration files are small; a larger one is not a configuration file. */
    private static final int MAX_BYTES = 1024 * 1024;

    private ConfigLocator() {}

    static ConfigSource locate(SparkLintOptions options, Configuration hadoop) {
        try {
            Path file;
            if (options.configFile() != null) {
                file = new Path(options.configFile());
                if (!file.getFileSystem(hadoop).exists(file)) {
                    throw new CorpusLintException("configuration file " + file + " does not exist");
                }
            } else if (options.format() != InputFormat.PARQUET) {
                file = new Path(new Path(options.input()), ConfigFile.FILE_NAME);
                if (!file.getFileSystem(hadoop).exists(file)) {
                    return ConfigSource.defaults();
                }
            } else {
                return ConfigSource.defaults();
            }
            FileSystem fs = file.getFileSystem(hadoop);
            Path qualified = fs.makeQualified(file);
            String text;
            try (InputStream in = fs.open(qualified)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new CorpusLintException("configuration file " + qualified
                            + " is over " + MAX_BYTES + " bytes");
                }
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            URI uri = qualified.toUri();
            String folder = null;
            if ("file".equals(uri.getScheme())) {
                java.nio.file.Path local = java.nio.file.Path.of(uri);
                ConfigFile.load(local); // validates, naming the real file
                folder = local.getParent().toString();
            }
            ConfigSource source = ConfigSource.of(text, folder);
            source.config(); // validates a remote file too, on the driver
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
