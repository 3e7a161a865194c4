package org.corpuslint.spark;

import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLintException;

/**
 * How a Parquet row's columns make a document: the id is the document's path, inside a folder named
 * after the source (so per-outlet statistics and folder overrides work as for a {@code .txt}
 * corpus), and a date field becomes the document's date header line ({@code " date
 * YYYY-MM-DD"}) unless the text starts with one already. (JSON Lines files are read by the
 * core's own reader instead, as a local run reads them.)
 */
public final class RecordArticle {

    private static final String HEADER = " date ";

    private RecordArticle() {}

    /** The record of one article; {@code date} and {@code source} may be {@code null}. */
    public static CorpusRecord record(String text, String id, String date, String source) {
        if (text == null || id == null) {
            throw new CorpusLintException("a corpus record has no " + (text == null ? "text"
                    : "id") + (id == null ? "" : " (id " + id + ")"));
        }
        return CorpusRecord.ofText(path(id, source), text(text, date));
    }

    /** The document a single-JVM run lints for the same record. */
    public static Document document(String text, String id, String date, String source) {
        return new Document(path(id, source), text(text, date));
    }

    static String path(String id, String source) {
        return source == null || source.isBlank() ? id : source.strip() + "/" + id;
    }

    static String text(String text, String date) {
        if (date == null || date.isBlank() || text.startsWith(HEADER)) {
            return text;
        }
        return HEADER + date.strip() + "\n" + text;
    }
}
