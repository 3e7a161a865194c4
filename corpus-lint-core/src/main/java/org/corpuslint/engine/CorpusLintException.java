package org.corpuslint.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A problem that stops a whole run (the corpus folder is missing, the configuration is
 * invalid). The message is written for the user and names the folder, file or setting.
 */
public class CorpusLintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorpusLintException(String message) {
        super(message);
    }

    public CorpusLintException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The corpus folder {@code corpusRoot} could not be read or resolved. */
    public static CorpusLintException unreadableCorpus(Path corpusRoot, IOException cause) {
        return new CorpusLintException("cannot read corpus directory " + corpusRoot + ": "
                + cause, cause);
    }
}
