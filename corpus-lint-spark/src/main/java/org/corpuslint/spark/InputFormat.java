package org.corpuslint.spark;

import java.util.Locale;

/** How the corpus is stored. */
public enum InputFormat {
    /** A folder of {@code .txt} files, one article each, read as the folder run reads them. */
    TXT,
    /**
     * JSON Lines files ({@code .jsonl}, {@code .jsonl.gz}, {@code .jsonl.zst}): a folder, a file
     * or a glob pattern, read by the core's reader with the configuration's field names.
     */
    JSONL,
    /** Parquet with a text column (and optional id, date and source columns). */
    PARQUET;

    /** {@code txt}, {@code jsonl} or {@code parquet}, in any case. */
    public static InputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format '" + text
                    + "': use txt, jsonl or parquet", e);
        }
    }
}
