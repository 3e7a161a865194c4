package org.corpuslint.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.corpuslint.document.Document;
import org.corpuslint.engine.FileContent;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;

/**
 * What a partition holds: a corpus file, named and sized, read by the task from the file
 * system when a pass needs it (a {@code .txt} article or a JSON Lines file of many records: the
 * engine's own reader decides limits, encodings, records and {@code invalid-input} findings, as
 * in a folder run), or one article's text already decoded by Spark (Parquet).
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

    /** Bytes of input: the file's size as listed, or the text's UTF-8 length. */
    long bytes() {
        return text != null ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                : size;
    }

    /**
     * The documents the statistics pass counts: none for a file that is not linted, each
     * lintable record of a JSON Lines file.
     */
    void documents(LintConfig config, Consumer<Document> sink) {
        if (text != null) {
            sink.accept(new Document(path, text));
        } else {
            LintSession.readDocuments(config, path, size, content(), sink);
        }
    }

    /** The findings of the rules pass. */
    LintResult lint(LintSession session) {
        return text != null ? session.lintDocument(new Document(path, text))
                : session.lintFile(path, size, content());
    }

    /**
     * Reads at most one byte past the size listed, as a folder run reads a file; a JSON Lines
     * file, however large, is streamed.
     */
    private FileContent content() {
        return new FileContent() {
            @Override
            public byte[] read() throws IOException {
                try (InputStream in = open()) {
                    return in.readNBytes((int) Math.min(size + 1, Integer.MAX_VALUE - 8));
                }
            }

            @Override
            public InputStream open() throws IOException {
                Path file = new Path(location);
                return file.getFileSystem(hadoop.value().value()).open(file);
            }
        };
    }
}
