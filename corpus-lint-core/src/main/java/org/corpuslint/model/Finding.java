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
 * @param recordLocation the record of a file that holds many documents (JSON Lines) the finding
 *     is in, or {@code null} for a document that is a file of its own; {@code start} and
 *     {@code end} are then positions in the record's text
 */
public record Finding(
        String ruleId, Severity severity, String path, Position start, Position end,
        String message, Fix fix, RecordLocation recordLocation) {

    private static final Comparator<RecordLocation> RECORD_ORDER = Comparator.nullsFirst(
            Comparator.comparingLong(RecordLocation::line));

    /** Report order: by document (file, then record), then position, then rule, then message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::recordLocation, RECORD_ORDER)
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

    /** A finding in a document that is a file of its own. */
    public Finding(String ruleId, Severity severity, String path, Position start, Position end,
            String message, Fix fix) {
        this(ruleId, severity, path, start, end, message, fix, null);
    }

    /** The record the finding is in, when its file holds many documents. */
    public Optional<RecordLocation> record() {
        return Optional.ofNullable(recordLocation);
    }

    /**
     * The document the finding is in, as one string: the path, with {@code #} and the record's
     * line for a record of a JSON Lines file ({@code news.jsonl.gz#12}).
     */
    public String documentKey() {
        return recordLocation == null ? path : path + "#" + recordLocation.line();
    }

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, path, start, end, message, fix, recordLocation);
    }
}
