package org.corpuslint.model;

import java.util.Locale;

/** How much a finding matters. Ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in configuration, reports and on the console. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as severe as {@code threshold} or more. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Parses {@code error}, {@code warning} or {@code info}, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity severity : values()) {
                if (severity.label().equalsIgnoreCase(text.trim())) {
                    return severity;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown severity '" + text + "' (expected error, warning or info)");
    }
}
