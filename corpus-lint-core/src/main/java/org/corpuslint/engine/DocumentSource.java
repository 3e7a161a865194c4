package org.corpuslint.engine;

import org.corpuslint.document.Document;

/** Where a document comes from: a file read on demand, or text already in memory. */
interface DocumentSource {

    String relativePath();

    LoadedDocument load(DocumentLoader loader);

    static DocumentSource of(SourceFile file) {
        return new DocumentSource() {
            @Override
            public String relativePath() {
                return file.relativePath();
            }

            @Override
            public LoadedDocument load(DocumentLoader loader) {
                return loader.load(file);
            }
        };
    }

    static DocumentSource of(Document document) {
        return new DocumentSource() {
            @Override
            public String relativePath() {
                return document.path();
            }

            @Override
            public LoadedDocument load(DocumentLoader loader) {
                return new LoadedDocument(document, java.util.List.of());
            }
        };
    }
}
