package org.corpuslint.rules.typo;

import org.corpuslint.model.Severity;

/**
 * One typo to report.
 *
 * @param start offset of the wrong text
 * @param end offset after it
 * @param severity error when confident, warning otherwise, info for unknown names
 * @param message what is wrong and why
 * @param replacement the suggested text, or {@code null}
 * @param confident whether the replacement is safe to offer as a fix
 */
record TypoFinding(int start, int end, Severity severity, String message, String replacement,
        boolean confident) {}
