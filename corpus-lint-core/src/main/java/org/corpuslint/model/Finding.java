package org.corpuslint.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in one document.
 *
 * @param ruleId the stable id of the rule that found it
 * @param severity the effective severity (after configuration)
 * @param path the document path relative to the corpus root, with {@code /} separators
 * @param start where the offending text starts
 * @param end where it ends (exclusive, as SARIF's endColumn)
 * @param message what is wrong, for a person
 * @param fix a safe correction, or {@code null}
 */
public record Finding(
        String ruleId, Severity severity, String path, Position start, Position end,
        String message, Fix fix) {

    /** Report order: by document, then position, then rule, then message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.start().line())
            .thenComparingInt(f -> f.start().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparingInt(f -> f.end().offset());

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(message, "message");
    }

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, path, start, end, message, fix);
    }
}
