package org.corpuslint.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
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

    /**
     * A source for each file, made when asked, so a packed file list ({@link PackedSourceFiles})
     * stays packed for the whole run.
     */
    static List<DocumentSource> ofEach(List<SourceFile> files) {
        return new FileSources(files);
    }

    /** The sources of a list of files, each made when asked; immutable. */
    final class FileSources extends AbstractList<DocumentSource> implements RandomAccess {

        private final List<SourceFile> files;

        private FileSources(List<SourceFile> files) {
            this.files = files;
        }

        @Override
        public DocumentSource get(int index) {
            return of(files.get(index));
        }

        @Override
        public int size() {
            return files.size();
        }
    }

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
