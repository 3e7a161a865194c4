package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NamesOfDatesTest {

    /** The names spelt from the constants are java.time's English display names. */
    @Test
    void monthNamesAreTheEnglishDisplayNames() {
        for (Month month : Month.values()) {
            String shown = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            assertEquals(shown, NamesOfDates.englishName(month));
            assertTrue(NamesOfDates.isMonth(shown), shown);
        }
        assertFalse(NamesOfDates.isMonth("JANUARY"));
        assertFalse(NamesOfDates.isMonth("january"));
        assertFalse(NamesOfDates.isMonth("Agust"));
    }

    @Test
    void dayNamesAreTheEnglishDisplayNames() {
        for (DayOfWeek day : DayOfWeek.values()) {
            String shown = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            assertEquals(shown, NamesOfDates.englishName(day));
            assertTrue(NamesOfDates.isDay(shown), shown);
        }
        assertFalse(NamesOfDates.isDay("Wenesday"));
    }
}
