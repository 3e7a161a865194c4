package org.corpuslint.document;

import java.util.Objects;
import java.util.Optional;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;

/**
 * One article of the corpus, decoded. The text keeps its original line ends (a leading byte
 * order mark is dropped), so offsets and fixes map back onto the file exactly.
 */
public final class Document {

    private final String path;
    private final String text;
    private final LineMap lineMap;
    private final Optional<DateHeader> header;
    private final SourceRecord record;
    /**
     * Each line's string once made: the statistics and rules read every line several times
     * (a whole check made each of them some ten times over). Filled on demand; a race between
     * threads only makes a line twice, and a string is safe to publish so.
     */
    private String[] lines;

    /**
     * @param path the path relative to the corpus root with {@code /} separators; it also names
     *     in-memory documents
     * @param text the document text
     */
    public Document(String path, String text) {
        this(path, text, null);
    }

    /**
     * A document that is one record of a file holding many (JSON Lines).
     *
     * @param path the file's path relative to the corpus root
     * @param text the record's text field
     * @param record the record's location and fields, or {@code null} for a file of its own
     */
    public Document(String path, String text, SourceRecord record) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = stripByteOrderMark(Objects.requireNonNull(text, "text"));
        this.lineMap = LineMap.of(this.text);
        this.record = record;
        // A record's date is its date field; a text that starts like a header is just text.
        this.header = record == null ? DateHeader.parse(this.text, lineMap) : Optional.empty();
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The record this document is, when its file holds many (JSON Lines). */
    public Optional<SourceRecord> record() {
        return Optional.ofNullable(record);
    }

    /** Where the record is in its file, or {@code null} for a document that is a file. */
    public RecordLocation recordLocation() {
        return record == null ? null : record.location();
    }

    /**
     * What names this document uniquely in a run: its path, or {@code path#line} for a record of
     * a JSON Lines file (as {@code Finding.documentKey()} names it).
     */
    public String key() {
        return record == null ? path : path + "#" + record.location().line();
    }

    /**
     * The outlet: a record's source field when it has one, else the first path segment when the
     * document sits in a sub-folder.
     */
    public String outlet() {
        if (record != null && record.source() != null && !record.source().isBlank()) {
            return record.source();
        }
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public LineMap lineMap() {
        return lineMap;
    }

    public int lineCount() {
        return lineMap.lineCount();
    }

    /** The content of 1-based {@code line}, without its line break. */
    public String line(int line) {
        String[] made = lines;
        if (made == null) {
            made = new String[lineMap.lineCount() + 1];
            lines = made;
        }
        if (line < 1 || line >= made.length) { // the line map's own error
            return text.substring(lineMap.lineStart(line), lineMap.lineContentEnd(line));
        }
        String content = made[line];
        if (content == null) {
            content = text.substring(lineMap.lineStart(line), lineMap.lineContentEnd(line));
            made[line] = content;
        }
        return content;
    }

    /** The {@code date} header line, if the document starts with one. */
    public Optional<DateHeader> header() {
        return header;
    }

    /** The first line of the article body: 2 when there is a header, else 1. */
    public int firstBodyLine() {
        return header.isPresent() ? 2 : 1;
    }

    public Position position(int offset) {
        return lineMap.position(offset);
    }

    @Override
    public String toString() {
        return "Document[" + path + (record == null ? "" : "#" + record.location().line())
                + "]";
    }
}
