package org.corpuslint.engine;

import java.io.IOException;

/**
 * A corpus file's content, read on demand by whoever holds the file (a partitioned run reads
 * from its own file system). The engine calls it only for a file within {@code maxFileSize}.
 */
@FunctionalInterface
public interface FileContent {

    /** The file's bytes; an {@link IOException} becomes the file's {@code invalid-input} finding. */
    byte[] read() throws IOException;
}
