package org.corpuslint.engine;

import java.util.List;
import java.util.function.Consumer;
import org.corpuslint.document.Document;

/**
 * Where documents come from: a file read on demand (one article, or a JSON Lines file of many),
 * or text already in memory. A source hands its documents on one at a time, so a file of a
 * million records is never held whole.
 */
interface DocumentSource {

    String relativePath();

    /** Whether the source holds exactly one document (a text file, a document in memory). */
    boolean single();

    void read(DocumentLoader loader, Consumer<LoadedDocument> sink);

    static DocumentSource of(SourceFile file) {
        boolean single = !JsonLinesFormat.isJsonLines(file.relativePath());
        return new DocumentSource() {
            @Override
            public String relativePath() {
                return file.relativePath();
            }

            @Override
            public boolean single() {
                return single;
            }

            @Override
            public void read(DocumentLoader loader, Consumer<LoadedDocument> sink) {
                loader.read(file, sink);
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
            public boolean single() {
                return true;
            }

            @Override
            public void read(DocumentLoader loader, Consumer<LoadedDocument> sink) {
                sink.accept(new LoadedDocument(document, List.of()));
            }
        };
    }
}
