package org.corpuslint.rules.typo;

import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;

/**
 * One typo to report.
 *
 * @param start offset of the wrong text
 * @param end offset after it
 * @param severity error when confident, warning otherwise, info for unknown names
 * @param message what is wrong and why
 * @param replacement the suggested text, or {@code null}
 * @param confident whether the replacement is sure enough to offer as a fix
 * @param evidence the counts behind the replacement, or {@code null} without one
 */
record TypoFinding(int start, int end, Severity severity, String message, String replacement,
        boolean confident, TypoEvidence evidence) {

    /** A finding with no replacement. */
    TypoFinding(int start, int end, Severity severity, String message) {
        this(start, end, severity, message, null, false, null);
    }

    /** How sure the fix is: from the evidence counts, never from the word itself. */
    FixConfidence fixConfidence() {
        return evidence == null ? FixConfidence.UNSURE : evidence.confidence(replacement);
    }
}
