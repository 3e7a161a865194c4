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
import org.corpuslint.profile.DuplicateClusters;
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
 * an update line, a wire dateline, and the weekday a dateline names; and copies of one text
 * carry the same date: exact copies within {@code toleranceDays}, the near-duplicates of a
 * duplicate cluster within {@code nearCopyToleranceDays} of its canonical copy.
 */
public final class DateConsistencyRule implements Rule, EvidenceSource {

    public static final String ID = "date-consistency";

    static final RuleOption<Integer> TOLERANCE_DAYS = new RuleOption<>("toleranceDays",
            OptionType.integerAtLeast(0), "1",
            "days by which a stated date, or an exact copy's header date, may differ from the"
                    + " header date (time zones, a story filed late at night)");

    static final RuleOption<Integer> NEAR_COPY_TOLERANCE_DAYS = new RuleOption<>(
            "nearCopyToleranceDays", OptionType.integerAtLeast(0), "7",
            "days by which a near-duplicate may be dated after the canonical copy of its"
                    + " duplicate cluster (an update, a wire copy run later)");

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
                    + " earliest-dated copy, without a fix (which date is right is unknown)."
                    + " A near-duplicate (a member of one of `duplicate-document`'s clusters at"
                    + " its default threshold) may rightly carry a later date, an update or a"
                    + " wire copy run later, so it is reported, as info, only when dated more"
                    + " than `nearCopyToleranceDays` after its cluster's canonical copy, which"
                    + " the finding names with its date; no fix either.",
            "` date 2024-06-25` over `MOSCOW, June 18 (Reuters) - ...`: `warning"
                    + " [date-consistency] header date 2024-06-25 is 7 days after the"
                    + " dateline's date, 2024-06-18 ('MOSCOW, June 18 (Reuters) -')`.",
            List.of(TOLERANCE_DAYS, NEAR_COPY_TOLERANCE_DAYS), Set.of(FixConfidence.LIKELY))
            .withStatistics(DuplicateSignatures.STATISTIC);

    private int toleranceDays;
    /** Evidence query name ({@link EvidenceLog}): a document's earlier-dated exact copy. */
    static final String EARLIER_COPY = ID + ".earlierCopy";
    /** Evidence query name: a near-duplicate's canonical copy in its cluster. */
    static final String CANONICAL_COPY = ID + ".canonicalCopy";

    private ExactCopyDates exactCopyDates;
    private NearCopyDates nearCopyDates;

    @Override
    public Optional<Object> evidence(String source, String key) {
        return switch (source) {
            case EARLIER_COPY -> Optional.of(exactCopyDates.earlierCopyOf(key));
            case CANONICAL_COPY -> Optional.of(nearCopyDates.canonicalOf(key));
            default -> Optional.empty();
        };
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        toleranceDays = options.value(TOLERANCE_DAYS);
        DuplicateSignatures signatures = profile.statistic(DuplicateSignatures.STATISTIC);
        exactCopyDates = ExactCopyDates.find(signatures, toleranceDays);
        // The profile's clusters: found once per run, shared with duplicate-document.
        nearCopyDates = NearCopyDates.find(
                profile.duplicateClusters(DuplicateClusters.DEFAULT_THRESHOLD), signatures,
                options.value(NEAR_COPY_TOLERANCE_DAYS));
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        Optional<DateHeader> header = document.header();
        if (header.isEmpty() || header.get().date().isEmpty()) {
            return; // missing-date's concern
        }
        LocalDate headerDate = header.get().date().get();
        if (!reportEarlierExactCopy(context, header.get(), headerDate)) {
            reportEarlierCanonicalCopy(context, header.get(), headerDate);
        }
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
    private boolean reportEarlierExactCopy(RuleContext context, DateHeader header,
            LocalDate headerDate) {
        String key = context.document().key();
        Optional<ExactCopyDates.EarlierCopy> earlier = exactCopyDates.earlierCopyOf(key);
        EvidenceLog.note(EARLIER_COPY, key, earlier);
        earlier.ifPresent(copy -> {
            LocalDate copyDate = LocalDate.ofEpochDay(copy.epochDay());
            context.report(Severity.WARNING, header.dateStart(), header.dateEnd(),
                    "header date " + headerDate + " is " + daysAfter(copyDate, headerDate)
                            + " that of " + copy.path() + ", " + copyDate + ", an exact"
                            + " copy of this text", null);
        });
        return earlier.isPresent();
    }

    /**
     * A near-duplicate dated beyond its own tolerance after its cluster's canonical copy: info,
     * since a later date may be right (an update), and no fix, since which date is right is
     * unknown.
     */
    private void reportEarlierCanonicalCopy(RuleContext context, DateHeader header,
            LocalDate headerDate) {
        String key = context.document().key();
        Optional<NearCopyDates.CanonicalCopy> near = nearCopyDates.canonicalOf(key);
        EvidenceLog.note(CANONICAL_COPY, key, near);
        near.ifPresent(canonical -> {
            LocalDate canonicalDate = LocalDate.ofEpochDay(canonical.epochDay());
            context.report(Severity.INFO, header.dateStart(), header.dateEnd(), String.format(
                    Locale.ROOT, "header date %s is %s that of %s, %s, the canonical copy of"
                            + " this near-duplicate (estimated similarity %.2f)", headerDate,
                    daysAfter(canonicalDate, headerDate), canonical.path(), canonicalDate,
                    canonical.similarity()), null);
        });
    }

    private static String daysAfter(LocalDate earlier, LocalDate later) {
        long days = ChronoUnit.DAYS.between(earlier, later);
        return days + (days == 1 ? " day" : " days") + " after";
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
