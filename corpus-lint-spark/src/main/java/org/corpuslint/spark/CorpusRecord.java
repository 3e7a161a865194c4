package org.corpuslint.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.corpuslint.document.Document;
import org.corpuslint.engine.FileContent;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;

/**
 * One article as a partition holds it: a corpus file, named and sized, read by the task from
 * the file system when a pass needs it (a {@code .txt} corpus: the engine's own reader decides
 * limits, encodings and {@code invalid-input} findings, as in a folder run), or text already
 * decoded by Spark (JSON Lines, Parquet).
 */
public final class CorpusRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String text;
    private final String location;
    private final long size;
    private final Broadcast<SerializableConfiguration> hadoop;

    private CorpusRecord(String path, String text, String location, long size,
            Broadcast<SerializableConfiguration> hadoop) {
        this.path = path;
        this.text = text;
        this.location = location;
        this.size = size;
        this.hadoop = hadoop;
    }

    /** A file at {@code location} (a Hadoop path), named {@code path} in findings. */
    static CorpusRecord ofFile(String path, String location, long size,
            Broadcast<SerializableConfiguration> hadoop) {
        return new CorpusRecord(path, null, location, size, hadoop);
    }

    public static CorpusRecord ofText(String path, String text) {
        return new CorpusRecord(path, text, null, 0, null);
    }

    public String path() {
        return path;
    }

    /** The document the statistics pass counts; empty for a file that is not linted. */
    Optional<Document> document(LintConfig config) {
        return text != null ? Optional.of(new Document(path, text))
                : LintSession.readDocument(config, path, size, content());
    }

    /** The findings of the rules pass. */
    LintResult lint(LintSession session) {
        return text != null ? session.lintDocument(new Document(path, text))
                : session.lintFile(path, size, content());
    }

    /** Reads at most one byte past the size listed, as a folder run reads a file. */
    private FileContent content() {
        return () -> {
            Path file = new Path(location);
            FileSystem fs = file.getFileSystem(hadoop.value().value());
            try (InputStream in = fs.open(file)) {
                return in.readNBytes((int) Math.min(size + 1, Integer.MAX_VALUE - 8));
            }
        };
    }
}
