package org.corpuslint.document;

import java.util.Objects;
import java.util.Optional;
import org.corpuslint.model.Position;

/**
 * One article of the corpus, decoded. The text keeps its original line ends (a leading byte
 * order mark is dropped), so offsets and fixes map back onto the file exactly.
 */
public final class Document {

    private final String path;
    private final String text;
    private final LineMap lineMap;
    private final Optional<DateHeader> header;

    /**
     * @param path the path relative to the corpus root with {@code /} separators; it also names
     *     in-memory documents
     * @param text the document text
     */
    public Document(String path, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = stripByteOrderMark(Objects.requireNonNull(text, "text"));
        this.lineMap = LineMap.of(this.text);
        this.header = DateHeader.parse(this.text, lineMap);
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

    /** The outlet folder: the first path segment when the document sits in a sub-folder. */
    public String outlet() {
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
        return text.substring(lineMap.lineStart(line), lineMap.lineContentEnd(line));
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
        return "Document[" + path + "]";
    }
}
