package org.corpuslint.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A corpus file's content, read on demand by whoever holds the file (a partitioned run reads
 * from its own file system). The engine calls it only for a file within {@code maxFileSize}.
 */
@FunctionalInterface
public interface FileContent {

    /** The file's bytes; an {@link IOException} becomes the file's {@code invalid-input} finding. */
    byte[] read() throws IOException;

    /**
     * The file's bytes as a stream, for a JSON Lines file, which is read record by record and
     * may be far larger than {@code maxFileSize}. By default, {@link #read()}'s bytes; a holder
     * of large files streams them instead.
     */
    default InputStream open() throws IOException {
        return new ByteArrayInputStream(read());
    }
}
