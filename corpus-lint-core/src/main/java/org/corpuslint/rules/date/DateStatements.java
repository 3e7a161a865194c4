package org.corpuslint.rules.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.document.Document;

/**
 * Finds the dates an article states about itself: a short line of its own near the top or the
 * bottom ({@code Published On 19 Jun 2024}, {@code Updated 10:32 GMT, June 20, 2024},
 * {@code Published 11:11 PM EST Nov 19, 2019}) and a wire dateline opening a paragraph near the
 * top ({@code MOSCOW, June 18 (Reuters) -}, {@code LONDON, Tuesday (AP) —}). Dates in running
 * prose ({@code on June 30}) say when something happened, not when the article appeared, and
 * are never read.
 */
final class DateStatements {

    private static final int MAX_LINE_LENGTH = 80;
    private static final int TOP_LINES = 40;
    private static final int BOTTOM_LINES = 15;
    private static final int DATELINE_PARAGRAPHS = 4;

    private static final String WEEKDAY = "(mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final String ANY_WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
            + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?)";
    private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?";
    /** A lead word, optionally a time before the date, and the rest. */
    private static final Pattern LEAD = Pattern.compile(
            "^\\s*(first\\s+published|published|posted|last\\s+updated|updated|last\\s+modified"
                    + "|modified|date)\\b\\s*(?:on|at)?\\s*:?\\s*(?:" + TIME + "\\s*,?\\s*)?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_WEEKDAY =
            Pattern.compile("\\b" + WEEKDAY + "\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A dateline: a place in capitals (a region after a comma may follow), a weekday and a
     * day and month, either or both, then an agency in brackets or a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Z.'\\-]+(?:\\s+[A-Z][A-Z.'\\-]+){0,3})"
                    // a region ("Mich.", "Calif."), never the weekday or month that follow
                    + "(?:,\\s+(?!(?i:" + ANY_WEEKDAY + "|" + MONTH + ")\\b)[A-Z][A-Za-z.]+"
                    + "(?:\\s+[A-Z][A-Za-z.]+){0,2})?,\\s+"
                    + "(?:(?i:" + WEEKDAY + "),?\\s*)?"
                    + "((?i:" + MONTH + ")\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?i:" + MONTH + ")\\.?)?"
                    + "(?:,?\\s+(\\d{4}))?"
                    + "\\s*(?:\\([A-Za-z][A-Za-z .&/-]{0,30}\\)\\s*)?[-–—]+\\s");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})");

    private DateStatements() {}

    /** Every statement of {@code document}, in document order; dateline years near {@code near}. */
    static List<StatedDate> find(Document document, LocalDate near) {
        List<StatedDate> found = new ArrayList<>();
        int first = document.firstBodyLine();
        int last = document.lineCount();
        int paragraphs = 0;
        for (int line = first; line <= last; line++) {
            String text = document.line(line);
            if (text.isBlank()) {
                continue;
            }
            int start = document.lineMap().lineStart(line);
            boolean nearEdge = line < first + TOP_LINES || line > last - BOTTOM_LINES;
            if (nearEdge && text.length() <= MAX_LINE_LENGTH) {
                ownLine(text, start).ifPresent(found::add);
            }
            if (paragraphs++ < DATELINE_PARAGRAPHS) {
                dateline(text, start, near).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<StatedDate> ownLine(String line, int offset) {
        Optional<LocalDate> date = StatedDateFinder.parseLine(line);
        StatedDate.Kind kind = StatedDate.Kind.PUBLISHED;
        Matcher lead = LEAD.matcher(line);
        if (lead.matches()) {
            String word = lead.group(1).toLowerCase(Locale.ROOT);
            if (word.contains("updated") || word.contains("modified")) {
                kind = StatedDate.Kind.UPDATED;
            }
            if (date.isEmpty()) {
                date = StatedDateFinder.parseLine(lead.group(2));
            }
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String trimmed = line.strip();
        int start = offset + line.indexOf(trimmed);
        return Optional.of(new StatedDate(kind, date, weekday(line), trimmed, start,
                start + trimmed.length()));
    }

    private static Optional<StatedDate> dateline(String line, int offset, LocalDate near) {
        Matcher m = DATELINE.matcher(line);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Optional<DayOfWeek> weekday = m.group(2) == null ? Optional.empty()
                : weekdayOf(m.group(2));
        if (m.group(3) == null && weekday.isEmpty()) {
            return Optional.empty(); // "ST. JOSEPH, Mich. (AP) —": a place, no date
        }
        Optional<LocalDate> date = Optional.empty();
        if (m.group(3) != null) {
            date = dayAndMonth(m.group(3), m.group(4), near);
            if (date.isEmpty()) {
                return Optional.empty();
            }
        }
        String text = line.substring(m.start(1), m.end()).strip();
        int start = offset + m.start(1);
        return Optional.of(new StatedDate(StatedDate.Kind.DATELINE, date, weekday, text, start,
                start + text.length()));
    }

    /** {@code June 18} or {@code 18 June}, in {@code year} or the year nearest {@code near}. */
    private static Optional<LocalDate> dayAndMonth(String text, String year, LocalDate near) {
        Matcher dm = DAY_MONTH.matcher(text);
        Matcher md = MONTH_DAY.matcher(text);
        String day;
        String monthName;
        if (dm.matches()) {
            day = dm.group(1);
            monthName = dm.group(2);
        } else if (md.matches()) {
            monthName = md.group(1);
            day = md.group(2);
        } else {
            return Optional.empty();
        }
        Optional<Integer> month = StatedDateFinder.month(monthName);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            return of(Integer.parseInt(year), month.get(), d);
        }
        LocalDate best = null;
        for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
            Optional<LocalDate> candidate = of(y, month.get(), d);
            if (candidate.isPresent() && (best == null || distance(candidate.get(), near)
                    < distance(best, near))) {
                best = candidate.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DayOfWeek> weekday(String line) {
        Matcher m = NAMED_WEEKDAY.matcher(line);
        return m.find() ? weekdayOf(m.group()) : Optional.empty();
    }

    private static Optional<DayOfWeek> weekdayOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (lower.startsWith(day.name().toLowerCase(Locale.ROOT).substring(0, 3))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
