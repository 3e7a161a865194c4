package org.corpuslint.fix;

import java.io.IOException;

/**
 * {@code fix} will not write a file because writing it would leave the corpus or lose something
 * the file has (a hard link, its owner, its read-only mode). The message is the note the user
 * reads, one sentence that ends with what happened to the file.
 */
final class FileWriteRefused extends IOException {

    private static final long serialVersionUID = 1L;

    FileWriteRefused(String note) {
        super(note);
    }
}
