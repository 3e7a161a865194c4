package org.corpuslint.model;

import java.util.Locale;

/**
 * How sure a rule is that its fix is right. {@code fix} applies only {@link #SAFE} fixes unless
 * the user asks for more, because a fix that can be wrong changes a person's data.
 */
public enum FixConfidence {
    /** Cannot change article prose or meaning: a header repair, chrome glued to the header. */
    SAFE,
    /** Right in the cases measured, but a person should review it (a typo with good evidence). */
    LIKELY,
    /** A suggestion: often right, sometimes wrong (a typo with little evidence). */
    UNSURE;

    /** The name users write in options and reports read: {@code safe}, {@code likely}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a fix of this confidence is applied when fixes down to {@code minimum} are. */
    public boolean atLeast(FixConfidence minimum) {
        return ordinal() <= minimum.ordinal();
    }

    /** Parses a label ({@code safe}, {@code likely}, {@code unsure}), ignoring case. */
    public static FixConfidence parse(String label) {
        for (FixConfidence value : values()) {
            if (value.label().equalsIgnoreCase(label.strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown fix confidence '" + label
                + "' (expected safe, likely or unsure)");
    }
}
