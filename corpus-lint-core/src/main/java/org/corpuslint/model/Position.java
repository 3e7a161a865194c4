package org.corpuslint.model;

/**
 * A place in a document: 1-based line, 1-based column counted in UTF-16 code units (as SARIF's
 * default column kind), and the 0-based character offset into the document text.
 */
public record Position(int line, int column, int offset) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return Integer.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
