package org.corpuslint.rules.date;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.document.Document;

/**
 * Finds the publication date an article states in its own text, on a short line of its own
 * such as {@code Published On 19 Jun 2024} or {@code Updated: June 19, 2024 10:32 GMT}. Only a
 * date that is unambiguous counts: written with a month name or in ISO form, and the only date
 * so stated in the document.
 */
final class StatedDateFinder {

    private static final int MAX_LINE_LENGTH = 80;
    private static final int SEARCHED_LINES = 40;

    private static final String LEAD =
            "^\\s*(?:(?:first\\s+)?published|posted|updated|last\\s+updated|date)?\\s*(?:on)?\\s*:?\\s*"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String TAIL = "\\s*(?:[,|]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}"
            + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}|\\s*\\(?[A-Z]{2,5}\\)?)?)?\\s*$";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            LEAD + "(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TAIL,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            LEAD + "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TAIL,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            LEAD + "(\\d{4}-\\d{2}-\\d{2})(?:T[\\d:.]+Z?)?" + TAIL, Pattern.CASE_INSENSITIVE);

    private StatedDateFinder() {}

    /** The one date the document states, or empty when it states none or several. */
    static Optional<LocalDate> find(Document document) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        int last = Math.min(document.lineCount(), SEARCHED_LINES);
        for (int line = document.firstBodyLine(); line <= last; line++) {
            String text = document.line(line);
            if (text.length() <= MAX_LINE_LENGTH) {
                parseLine(text).ifPresent(dates::add);
            }
        }
        return dates.size() == 1 ? Optional.of(dates.first()) : Optional.empty();
    }

    static Optional<LocalDate> parseLine(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.matches()) {
            return build(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.matches()) {
            return build(m.group(3), m.group(1), m.group(2));
        }
        m = ISO.matcher(line);
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> build(String year, String monthName, String day) {
        Optional<Integer> month = month(monthName);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        String iso = year + "-" + pad(month.get()) + "-" + pad(Integer.parseInt(day));
        try {
            return Optional.of(LocalDate.parse(iso, DateTimeFormatter.ofPattern("uuuu-MM-dd")
                    .withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december"};

    /** A month from its English name or its three-letter (or "Sept") abbreviation. */
    static Optional<Integer> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (lower.equals(MONTHS[i]) || lower.equals(MONTHS[i].substring(0, 3))
                    || i == 8 && lower.equals("sept")) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
