package org.corpuslint.document;

import java.time.LocalDate;
import java.util.Optional;
import org.corpuslint.model.RecordLocation;

/**
 * What a JSON Lines record says about its article besides the text: where it is in its file,
 * its id, its date and its outlet. The date field plays the role a {@code date} header plays in
 * a text file, so it is kept as written and judged by the {@code missing-date} rule.
 *
 * @param location the record's line in its file and its id
 * @param dateField the name of the date field, for messages
 * @param dateText the date field as written, or {@code null} when the record has none
 * @param source the outlet (source field), or {@code null} when the record has none
 */
public record SourceRecord(RecordLocation location, String dateField, String dateText,
        String source) {

    /** The date field as a strict ISO date, or empty when it is absent or not one. */
    public Optional<LocalDate> date() {
        return dateText == null ? Optional.empty() : DateHeader.parseIsoDate(leadingDay(dateText));
    }

    /**
     * The day of a timestamp ({@code 2024-06-19T10:32:00Z} is 2024-06-19): news exports write
     * the time with the date, and the day is what a date header holds.
     */
    private static String leadingDay(String text) {
        String trimmed = text.trim();
        int t = trimmed.indexOf('T');
        return t == 10 ? trimmed.substring(0, 10) : trimmed;
    }
}
