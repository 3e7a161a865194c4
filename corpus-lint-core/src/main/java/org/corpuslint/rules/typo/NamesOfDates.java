package org.corpuslint.rules.typo;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code In Agust 2004}, {@code on 3 Sepember}: the names of the months, a closed class of words
 * that stand beside the numbers of a date. A capitalised word one slip from a month's name,
 * standing beside a day's number or a year, is that month mistyped: names of people and places
 * rarely stand so. The names come from {@link java.time}, not from any corpus.
 */
final class NamesOfDates {

    private static final Set<String> MONTHS = new HashSet<>();
    private static final Set<String> DAYS = new HashSet<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.add(englishName(m));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            DAYS.add(englishName(d));
        }
    }

    /**
     * The month's or day's full English name ({@code January}, {@code Monday}) from its
     * constant's name: what {@code getDisplayName(TextStyle.FULL, Locale.ENGLISH)} gives (pinned
     * by a test), without loading the locale data that look-up reads (some 8 ms of a run's start).
     */
    static String englishName(Enum<?> monthOrDay) {
        String constant = monthOrDay.name();
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }

    private NamesOfDates() {
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    static boolean isDay(String word) {
        return DAYS.contains(word);
    }

    /**
     * True when the word at {@code start}..{@code end} of {@code text} has a number of one to four
     * digits beside it, across one space: {@code Agust 2004}, {@code 3 Agust}.
     */
    static boolean besideDateNumber(CharSequence text, int start, int end) {
        return numberAfter(text, end) || numberBefore(text, start);
    }

    private static boolean numberAfter(CharSequence text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int k = end + 1;
        int digits = 0;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
            digits++;
        }
        // 2004, 3, 3rd; not 3.5 or 1,000 (an amount after a name).
        boolean ends = k >= text.length() || !(Character.isDigit(text.charAt(k))
                || ((text.charAt(k) == '.' || text.charAt(k) == ',') && k + 1 < text.length()
                        && Character.isDigit(text.charAt(k + 1))));
        return digits >= 1 && digits <= 4 && ends;
    }

    private static boolean numberBefore(CharSequence text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int k = start - 2;
        // 3 Agust, 3rd Agust
        while (k >= 0 && Character.isLetter(text.charAt(k)) && start - 2 - k < 2) {
            k--;
        }
        int digits = 0;
        while (k >= 0 && Character.isDigit(text.charAt(k))) {
            k--;
            digits++;
        }
        return digits >= 1 && digits <= 2 && (k < 0 || !Character.isLetterOrDigit(text.charAt(k))
                && text.charAt(k) != '.' && text.charAt(k) != ',');
    }
}
