package org.corpuslint.model;

import java.util.Objects;

/**
 * Replaces the text from {@code start} (inclusive) to {@code end} (exclusive) with
 * {@code replacement}. An empty replacement deletes; an empty range inserts.
 */
public record TextEdit(Position start, Position end, String replacement) {

    public TextEdit {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(replacement, "replacement");
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("edit ends before it starts: " + start + "-" + end);
        }
    }
}
