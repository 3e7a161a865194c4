package org.corpuslint.model;

import java.util.List;
import java.util.Objects;

/**
 * A correction a rule proposes, with how sure the rule is of it.
 *
 * @param description what the fix does, shown as the suggestion (for example
 *     {@code replace with 'Pyongyang'})
 * @param edits the edits, non-overlapping, in document order
 * @param confidence how sure the rule is; {@code fix} applies only {@link FixConfidence#SAFE}
 *     fixes by default
 */
public record Fix(String description, List<TextEdit> edits, FixConfidence confidence) {

    public Fix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(confidence, "confidence");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    /**
     * A fix whose rule did not say how sure it is: {@link FixConfidence#UNSURE}, so that it is
     * never applied without the user asking.
     */
    public Fix(String description, List<TextEdit> edits) {
        this(description, edits, FixConfidence.UNSURE);
    }

    public static Fix of(String description, TextEdit edit) {
        return new Fix(description, List.of(edit));
    }

    public static Fix of(String description, TextEdit edit, FixConfidence confidence) {
        return new Fix(description, List.of(edit), confidence);
    }
}
