package org.corpuslint.spark;

import java.io.Serializable;

/**
 * The columns of a Parquet record that hold an article: its text, its id (the
 * document path in findings), and optionally its publication date and its source (the outlet:
 * the folder the path is put in, as outlet folders are in a {@code .txt} corpus).
 */
public record FieldNames(String text, String id, String date, String source)
        implements Serializable {

    /** {@code text}, {@code id}, {@code date}, {@code source}. */
    public static final FieldNames DEFAULTS = new FieldNames("text", "id", "date", "source");
}
