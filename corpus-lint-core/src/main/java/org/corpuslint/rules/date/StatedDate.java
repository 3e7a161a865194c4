package org.corpuslint.rules.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date an article states about itself, where it states it.
 *
 * @param kind what the text says happened on that date
 * @param date the date; for a dateline without a year, the year that brings it nearest the
 *     header date
 * @param weekday the weekday the statement names, if it names one
 * @param text the statement as written, for messages
 * @param start offset of the statement in the document
 * @param end offset just after it
 */
record StatedDate(Kind kind, Optional<LocalDate> date, Optional<DayOfWeek> weekday, String text,
        int start, int end) {

    enum Kind {
        /** {@code Published On 19 Jun 2024}, or a line holding only a date. */
        PUBLISHED("the publication date the text states"),
        /** {@code Updated: June 20, 2024}: legitimately later than the header, never earlier. */
        UPDATED("the update date the text states"),
        /** {@code MOSCOW, June 18 (Reuters) -}: the day the story was filed. */
        DATELINE("the dateline's date");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        /** The date, as a message names it. */
        String noun() {
            return noun;
        }
    }
}
