package org.corpuslint.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional first line of a document, {@code " date 2024-06-19"}: optional leading white
 * space, the word {@code date}, one date. Anything after the date on that line is page chrome the
 * scraper glued to it.
 *
 * @param dateText the date as written
 * @param date the parsed date, empty when {@code dateText} is not a real ISO calendar date
 * @param dateStart offset of the first character of {@code dateText}
 * @param dateEnd offset just after {@code dateText}
 * @param trailingStart offset of the first non-blank character after the date, or the end of
 *     the header line's content when there is none
 * @param lineContentEnd offset of the end of the header line's content
 */
public record DateHeader(
        String dateText, Optional<LocalDate> date, int dateStart, int dateEnd,
        int trailingStart, int lineContentEnd) {

    // A header is recognised by its keyword and a token that starts like a date; what that token
    // says is judged by the missing-date rule, so "date 19/06/2024" is a header with a bad date.
    // The token ends at the last digit: chrome glued on without a space ("2024-06-19Support")
    // is still chrome after a header, not a reason to miss the header.
    private static final Pattern HEADER =
            Pattern.compile("^[ \\t\\u00A0]*date[ \\t\\u00A0]+(\\d[\\d./-]*\\d|\\d)(?!\\d)");
    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** True when there is text glued after the date. */
    public boolean hasTrailingText() {
        return trailingStart < lineContentEnd;
    }

    /** Parses the header from the first line of {@code text}, if it has one. */
    public static Optional<DateHeader> parse(String text, LineMap lines) {
        if (lines.lineCount() == 0) {
            return Optional.empty();
        }
        int end = lines.lineContentEnd(1);
        Matcher m = HEADER.matcher(text).region(0, end);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String dateText = m.group(1);
        int trailing = m.end(1);
        while (trailing < end && Character.isWhitespace(text.charAt(trailing))
                || trailing < end && text.charAt(trailing) == '\u00A0') {
            trailing++;
        }
        return Optional.of(new DateHeader(
                dateText, parseIsoDate(dateText), m.start(1), m.end(1), trailing, end));
    }

    /** A strict ISO {@code yyyy-MM-dd} date, or empty for anything else. */
    public static Optional<LocalDate> parseIsoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, ISO_STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
