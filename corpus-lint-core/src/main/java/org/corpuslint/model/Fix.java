package org.corpuslint.model;

import java.util.List;
import java.util.Objects;

/**
 * A correction that is safe to apply without a person's judgement.
 *
 * @param description what the fix does, shown as the suggestion (for example
 *     {@code replace with 'Pyongyang'})
 * @param edits the edits, non-overlapping, in document order
 */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix of(String description, TextEdit edit) {
        return new Fix(description, List.of(edit));
    }
}
