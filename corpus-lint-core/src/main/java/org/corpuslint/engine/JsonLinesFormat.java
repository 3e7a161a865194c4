package org.corpuslint.engine;

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
        // Compared letter by letter, not on a lower-cased copy of the path: asked for every file
        // of the corpus in each pass. Only ASCII letters lower-case to these endings' letters.
        return endsWithIgnoringCase(fileName, ".jsonl")
                || endsWithIgnoringCase(fileName, ".jsonl.gz")
                || endsWithIgnoringCase(fileName, ".jsonl.zst");
    }

    /** {@code ending} is lower-case ASCII. */
    private static boolean endsWithIgnoringCase(String text, String ending) {
        int from = text.length() - ending.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < ending.length(); i++) {
            char c = text.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
