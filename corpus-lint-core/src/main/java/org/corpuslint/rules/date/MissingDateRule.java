package org.corpuslint.rules.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.document.DateHeader;
import org.corpuslint.document.Document;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;

/** Every article carries a valid, plausible publication date in its header line. */
public final class MissingDateRule implements Rule {

    public static final String ID = "missing-date";

    /** The day against which future dates are judged; {@code today} by default. */
    static final RuleOption<LocalDate> REFERENCE_DATE = new RuleOption<>("referenceDate",
            OptionType.of("date (YYYY-MM-DD) or today", (text, base) -> {
                if (text.equalsIgnoreCase("today")) {
                    return LocalDate.now();
                }
                return DateHeader.parseIsoDate(text).orElseThrow(
                        () -> new OptionType.Rejected("a date as YYYY-MM-DD or 'today'"));
            }),
            "today", "the day against which future dates are judged, as YYYY-MM-DD");

    static final RuleOption<Integer> EARLIEST_YEAR = new RuleOption<>("earliestYear",
            OptionType.INTEGER, "1990",
            "dates before 1 January of this year are reported as implausible");

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.ERROR,
            "The document has no valid publication date header.",
            "A corpus article starts with a header line ` date YYYY-MM-DD`. Without it the"
                    + " article cannot be placed in time: date filters, time-sliced training"
                    + " sets and deduplication by day all go wrong. The rule reports a missing"
                    + " header (error), a header whose date is not a real ISO calendar date"
                    + " (error), and a date in the future or before the earliest plausible year"
                    + " (warning). When the article states its own date unambiguously, for"
                    + " example on a line `Published On 19 Jun 2024`, the finding carries the"
                    + " header line as a fix; a day-first date such as `19/06/2024` whose day"
                    + " is over 12 is rewritten in ISO form.",
            "A file that begins `Tanks roll into the capital` with no ` date ...` line:"
                    + " `error [missing-date] document has no publication date`.",
            List.of(REFERENCE_DATE, EARLIEST_YEAR),
            Set.of(FixConfidence.SAFE, FixConfidence.LIKELY));

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    private LocalDate referenceDate;
    private int earliestYear;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        referenceDate = options.value(REFERENCE_DATE);
        earliestYear = options.value(EARLIEST_YEAR);
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        if (document.record().isPresent()) {
            new RecordDateCheck(referenceDate, earliestYear).check(context,
                    document.record().get());
            return;
        }
        Optional<DateHeader> header = document.header();
        if (header.isEmpty()) {
            reportMissing(context, document);
            return;
        }
        DateHeader h = header.get();
        if (h.date().isEmpty()) {
            reportInvalid(context, h);
            return;
        }
        LocalDate date = h.date().get();
        if (date.isAfter(referenceDate)) {
            context.report(Severity.WARNING, h.dateStart(), h.dateEnd(),
                    "publication date " + date + " is in the future (after " + referenceDate
                            + ")", null);
        } else if (date.getYear() < earliestYear) {
            context.report(Severity.WARNING, h.dateStart(), h.dateEnd(),
                    "publication date " + date + " is before " + earliestYear
                            + ", the earliest plausible year", null);
        }
    }

    private static void reportMissing(RuleContext context, Document document) {
        int firstLineEnd = document.lineMap().lineContentEnd(1);
        Optional<LocalDate> stated = StatedDateFinder.find(document);
        if (stated.isEmpty()) {
            context.report(0, firstLineEnd, "document has no publication date");
            return;
        }
        String header = " date " + stated.get() + lineBreakOf(document);
        context.report(0, firstLineEnd,
                "document has no publication date; the text states " + stated.get(),
                Fix.of("insert the header line 'date " + stated.get() + "'",
                        context.edit(0, 0, header), FixConfidence.LIKELY));
    }

    private static void reportInvalid(RuleContext context, DateHeader h) {
        Optional<LocalDate> rewritten = dayFirstDate(h.dateText());
        String problem = h.dateText().matches("\\d{4}-\\d{2}-\\d{2}")
                ? "is not a real calendar date" : "is not an ISO date (YYYY-MM-DD)";
        String message = "publication date '" + h.dateText() + "' " + problem;
        if (rewritten.isPresent()) {
            context.report(Severity.ERROR, h.dateStart(), h.dateEnd(), message,
                    Fix.of("replace with '" + rewritten.get() + "'",
                            context.edit(h.dateStart(), h.dateEnd(), rewritten.get().toString()),
                            FixConfidence.SAFE));
        } else {
            context.report(Severity.ERROR, h.dateStart(), h.dateEnd(), message, null);
        }
    }

    /** {@code 19/06/2024} as a date, when only the day-first reading is possible. */
    static Optional<LocalDate> dayFirstDate(String text) {
        Matcher m = DAY_FIRST.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day <= 12) {
            return Optional.empty(); // 05/06/2024 could be May or June
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String lineBreakOf(Document document) {
        String text = document.text();
        int index = text.indexOf('\n');
        int cr = text.indexOf('\r');
        if (cr >= 0 && (index < 0 || cr < index)) {
            return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }
}
