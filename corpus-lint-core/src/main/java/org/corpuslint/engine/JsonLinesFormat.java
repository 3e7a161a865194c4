package org.corpuslint.engine;

import java.util.Locale;
import org.corpuslint.document.Document;

/**
 * Which files are JSON Lines corpora: the format follows the file name ({@code *.jsonl},
 * {@code *.jsonl.gz}, {@code *.jsonl.zst}); every other selected file is one text article.
 */
public final class JsonLinesFormat {

    /** The include patterns of JSON Lines corpora, part of the default includes. */
    public static final java.util.List<String> INCLUDES =
            java.util.List.of("**/*.jsonl", "**/*.jsonl.gz", "**/*.jsonl.zst");

    private JsonLinesFormat() {}

    /** What a parsed record says besides its text, as {@link Document#record()} holds it. */
    public static org.corpuslint.document.SourceRecord record(
            com.fasterxml.jackson.databind.JsonNode node, long line, JsonLinesFields fields) {
        return new org.corpuslint.document.SourceRecord(
                new org.corpuslint.model.RecordLocation(line, scalar(node.get(fields.id()))),
                fields.date(), scalar(node.get(fields.date())),
                scalar(node.get(fields.source())));
    }

    /** A string or number field as text; {@code null} when absent, null or structured. */
    static String scalar(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    /** Whether a file of this name (or path) is read as JSON Lines. */
    public static boolean isJsonLines(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")
                || lower.endsWith(".jsonl.zst");
    }
}
