package org.corpuslint.engine;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;

/**
 * The outcome of reading one file: the document to lint (absent when the file cannot be linted)
 * and the input problems found while reading it.
 */
record LoadedDocument(Document document, List<Finding> problems) {

    boolean lintable() {
        return document != null;
    }
}
