package org.corpuslint.model;

/**
 * Where a document sits inside a file that holds many (a JSON Lines file): the 1-based line of
 * its record in the file and the record's id, when it has one. Positions of a finding in such a
 * document are inside the record's text, not inside the file.
 *
 * @param line the 1-based line of the record in its file
 * @param id the record's id field, or {@code null} when it has none
 */
public record RecordLocation(long line, String id) {

    public RecordLocation {
        if (line < 1) {
            throw new IllegalArgumentException("record line must be positive: " + line);
        }
        if (id != null && id.isEmpty()) {
            id = null;
        }
    }

    /** {@code record 12 (id a-17)}, or {@code record 12} without an id: for messages. */
    public String describe() {
        return "record " + line + (id == null ? "" : " (id " + id + ")");
    }

    @Override
    public String toString() {
        return describe();
    }
}
