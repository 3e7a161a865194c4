package org.corpuslint.rules.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.corpuslint.document.DateHeader;
import org.corpuslint.document.Document;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.EvidenceSource;
import org.corpuslint.rule.Rule;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;

/**
 * The header date agrees with the dates the article states about itself: a publication line,
 * an update line, a wire dateline, and the weekday a dateline names; and exact copies of one
 * text carry the same date.
 */
public final class DateConsistencyRule implements Rule, EvidenceSource {

    public static final String ID = "date-consistency";

    static final RuleOption<Integer> TOLERANCE_DAYS = new RuleOption<>("toleranceDays",
            OptionType.integerAtLeast(0), "1",
            "days by which a stated date, or an exact copy's header date, may differ from the"
                    + " header date (time zones, a story filed late at night)");

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "The header date disagrees with a date the article states about itself.",
            "A header date that contradicts the article puts it in the wrong time slice and"
                    + " the wrong deduplication day; it usually means the scraper took the"
                    + " crawl date or another page's date. The rule reads the dates an article"
                    + " states about itself: a short line of its own near the top or bottom"
                    + " (`Published On 19 Jun 2024`, `Posted 10:32 GMT, June 19, 2024`, a line"
                    + " holding only a date), an update line (`Updated: June 20, 2024`) and a"
                    + " wire dateline opening a paragraph near the top (`MOSCOW, June 18"
                    + " (Reuters) -`, whose year is the one nearest the header). It reports a"
                    + " publication line or dateline more than `toleranceDays` away from the"
                    + " header date, an update dated before the header date, and a weekday"
                    + " named in a dateline or publication line that the date does not fall on."
                    + " Dates in running prose say when something happened and are never read."
                    + " When every publication line and dateline states the same date, the"
                    + " finding offers it as the header date (likely). It also reports, on its"
                    + " header date, an exact copy of another document (the same text once white"
                    + " space is collapsed) dated more than `toleranceDays` after it, naming the"
                    + " earliest-dated copy, without a fix (which date is right is unknown);"
                    + " near-duplicates may rightly carry a later date and are not compared.",
            "` date 2024-06-25` over `MOSCOW, June 18 (Reuters) - ...`: `warning"
                    + " [date-consistency] header date 2024-06-25 is 7 days after the"
                    + " dateline's date, 2024-06-18 ('MOSCOW, June 18 (Reuters) -')`.",
            List.of(TOLERANCE_DAYS), Set.of(FixConfidence.LIKELY))
            .withStatistics(DuplicateSignatures.STATISTIC);

    private int toleranceDays;
    /** Evidence query name ({@link EvidenceLog}): a document's earlier-dated exact copy. */
    static final String EARLIER_COPY = ID + ".earlierCopy";

    private ExactCopyDates exactCopyDates;

    @Override
    public Optional<Object> evidence(String source, String key) {
        return source.equals(EARLIER_COPY) ? Optional.of(exactCopyDates.earlierCopyOf(key))
                : Optional.empty();
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        toleranceDays = options.value(TOLERANCE_DAYS);
        exactCopyDates = ExactCopyDates.find(profile.statistic(DuplicateSignatures.STATISTIC),
                toleranceDays);
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        Optional<DateHeader> header = document.header();
        if (header.isEmpty() || header.get().date().isEmpty()) {
            return; // missing-date's concern
        }
        LocalDate headerDate = header.get().date().get();
        reportEarlierExactCopy(context, header.get(), headerDate);
        List<StatedDate> statements = DateStatements.find(document, headerDate);
        Optional<LocalDate> fixDate = onePublicationDate(statements);
        for (StatedDate statement : statements) {
            Optional<String> weekdayProblem = weekdayProblem(statement, headerDate);
            if (weekdayProblem.isPresent()) {
                context.report(Severity.WARNING, statement.start(), statement.end(),
                        weekdayProblem.get(), null);
                continue;
            }
            if (statement.date().isEmpty()) {
                continue;
            }
            LocalDate stated = statement.date().get();
            long days = ChronoUnit.DAYS.between(stated, headerDate);
            boolean conflict = statement.kind() == StatedDate.Kind.UPDATED
                    ? days > toleranceDays // updated before it was published
                    : Math.abs(days) > toleranceDays;
            if (!conflict) {
                continue;
            }
            String message = "header date " + headerDate + " is " + Math.abs(days)
                    + (Math.abs(days) == 1 ? " day " : " days ") + (days > 0 ? "after" : "before")
                    + " " + statement.kind().noun() + ", " + stated + " ('" + statement.text()
                    + "')";
            Fix fix = null;
            if (fixDate.isPresent() && statement.kind() != StatedDate.Kind.UPDATED) {
                DateHeader h = header.get();
                fix = Fix.of("replace the header date with '" + fixDate.get() + "'",
                        context.edit(h.dateStart(), h.dateEnd(), fixDate.get().toString()),
                        FixConfidence.LIKELY);
            }
            context.report(Severity.WARNING, statement.start(), statement.end(), message, fix);
        }
    }

    /**
     * An exact copy of this text dated earlier beyond the tolerance. No fix: which of the two
     * dates is right is unknown.
     */
    private void reportEarlierExactCopy(RuleContext context, DateHeader header,
            LocalDate headerDate) {
        String key = context.document().key();
        EvidenceLog.note(EARLIER_COPY, key, exactCopyDates.earlierCopyOf(key));
        exactCopyDates.earlierCopyOf(key).ifPresent(copy -> {
            LocalDate copyDate = LocalDate.ofEpochDay(copy.epochDay());
            long days = ChronoUnit.DAYS.between(copyDate, headerDate);
            context.report(Severity.WARNING, header.dateStart(), header.dateEnd(),
                    "header date " + headerDate + " is " + days + (days == 1 ? " day" : " days")
                            + " after that of " + copy.path() + ", " + copyDate + ", an exact"
                            + " copy of this text", null);
        });
    }

    /**
     * The date every publication line and dateline states, when they state exactly one and a
     * dateline's weekday, if named, fits it: the text is then unambiguous about its own date.
     */
    private static Optional<LocalDate> onePublicationDate(List<StatedDate> statements) {
        Set<LocalDate> dates = new TreeSet<>();
        for (StatedDate s : statements) {
            if (s.kind() == StatedDate.Kind.UPDATED || s.date().isEmpty()) {
                continue;
            }
            if (s.weekday().isPresent() && s.weekday().get() != s.date().get().getDayOfWeek()) {
                return Optional.empty();
            }
            dates.add(s.date().get());
        }
        return dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    }

    /** A weekday the statement names that its date, or the header date, cannot fall on. */
    private Optional<String> weekdayProblem(StatedDate statement, LocalDate headerDate) {
        if (statement.weekday().isEmpty() || statement.kind() == StatedDate.Kind.UPDATED) {
            return Optional.empty();
        }
        DayOfWeek named = statement.weekday().get();
        if (statement.date().isPresent()) {
            LocalDate date = statement.date().get();
            if (date.getDayOfWeek() == named) {
                return Optional.empty();
            }
            return Optional.of("'" + statement.text() + "' names " + name(named) + ", but "
                    + date + " is a " + name(date.getDayOfWeek()));
        }
        for (int d = -toleranceDays; d <= toleranceDays; d++) {
            if (headerDate.plusDays(d).getDayOfWeek() == named) {
                return Optional.empty();
            }
        }
        return Optional.of("the dateline '" + statement.text() + "' names " + name(named)
                + ", but the header date " + headerDate + " is a "
                + name(headerDate.getDayOfWeek()));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
