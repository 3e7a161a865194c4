package org.corpuslint.rules.date;

import java.time.LocalDate;
import java.util.Optional;
import org.corpuslint.document.SourceRecord;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleContext;

/**
 * The date of a JSON Lines record: its date field plays the role of the date header, with the
 * same judgement (present, a real ISO date, not in the future, not implausibly old). There is
 * no fix: the field lies outside the text the fixes edit. Findings span the record's first
 * line, where a date header would stand.
 */
final class RecordDateCheck {

    private final LocalDate referenceDate;
    private final int earliestYear;

    RecordDateCheck(LocalDate referenceDate, int earliestYear) {
        this.referenceDate = referenceDate;
        this.earliestYear = earliestYear;
    }

    void check(RuleContext context, SourceRecord record) {
        int firstLineEnd = context.document().lineMap().lineContentEnd(1);
        String field = "'" + record.dateField() + "'";
        if (record.dateText() == null || record.dateText().isBlank()) {
            context.report(0, firstLineEnd,
                    "record has no publication date (no " + field + " field)");
            return;
        }
        Optional<LocalDate> parsed = record.date();
        if (parsed.isEmpty()) {
            context.report(Severity.ERROR, 0, firstLineEnd, "publication date '"
                    + record.dateText() + "' in field " + field + " is not an ISO date"
                    + " (YYYY-MM-DD) or not a real calendar date", null);
            return;
        }
        LocalDate date = parsed.get();
        if (date.isAfter(referenceDate)) {
            context.report(Severity.WARNING, 0, firstLineEnd, "publication date " + date
                    + " is in the future (after " + referenceDate + ")", null);
        } else if (date.getYear() < earliestYear) {
            context.report(Severity.WARNING, 0, firstLineEnd, "publication date " + date
                    + " is before " + earliestYear + ", the earliest plausible year", null);
        }
    }
}
