package org.corpuslint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateHeaderTest {

    private static DateHeader header(String text) {
        Optional<DateHeader> header = new Document("a.txt", text).header();
        assertTrue(header.isPresent(), "expected a header in: " + text);
        return header.get();
    }

    /** The header's fields in one string: text, date, offsets. */
    private static String describe(String text) {
        DateHeader h = header(text);
        return h.dateText() + " " + h.date().map(LocalDate::toString).orElse("invalid") + " "
                + h.dateStart() + "-" + h.dateEnd() + " trailing " + h.trailingStart() + "-"
                + h.lineContentEnd() + (h.hasTrailingText() ? " glued" : "");
    }

    @Test
    void corpusConventionWithOneLeadingSpace() {
        assertEquals("2024-06-19 2024-06-19 6-16 trailing 16-16", describe(" date 2024-06-19\nBody\n"));
    }

    @Test
    void leadingWhiteSpaceIsOptional() {
        assertEquals("2024-06-19 2024-06-19 5-15 trailing 15-15", describe("date 2024-06-19\nBody"));
        assertEquals("2024-06-19 2024-06-19 8-18 trailing 18-18", describe("\t \u00A0date 2024-06-19"));
    }

    @Test
    void headerLineWithWindowsLineEnd() {
        assertEquals("2024-06-19 2024-06-19 6-16 trailing 16-16", describe(" date 2024-06-19\r\nBody"));
    }

    @Test
    void textAfterTheDateIsGluedChrome() {
        assertEquals("2024-06-19 2024-06-19 6-16 trailing 17-38 glued",
                describe(" date 2024-06-19 Support our newsroom!\nBody"));
    }

    @Test
    void chromeGluedWithoutASpaceIsStillChrome() {
        assertEquals("2024-06-19 2024-06-19 6-16 trailing 16-23 glued",
                describe(" date 2024-06-19Sign up\nBody"));
    }

    @Test
    void trailingWhiteSpaceIsNotChrome() {
        assertEquals("2024-06-19 2024-06-19 6-16 trailing 19-19", describe(" date 2024-06-19 \t \nBody"));
    }

    @Test
    void impossibleCalendarDateIsAHeaderWithoutADate() {
        assertEquals("2024-13-45 invalid 6-16 trailing 16-16", describe(" date 2024-13-45\nBody"));
        assertEquals("2023-02-29 invalid 6-16 trailing 16-16", describe(" date 2023-02-29"));
        assertEquals("2024-02-29 2024-02-29 6-16 trailing 16-16", describe(" date 2024-02-29"));
    }

    @Test
    void nonIsoDateIsAHeaderWithoutADate() {
        assertEquals("19/06/2024 invalid 6-16 trailing 16-16", describe(" date 19/06/2024\nBody"));
        assertEquals("2024-6-19 invalid 6-15 trailing 15-15", describe(" date 2024-6-19"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Date palms grow along the river\n date 2024-06-19\n",
        "Dated 2024-06-19\n",
        "date\n",
        "date: 2024-06-19\n",
        "update 2024-06-19\n",
        "the date 2024-06-19 was set\n",
        "Body first\n date 2024-06-19\n",
        ""})
    void notAHeader(String text) {
        assertFalse(new Document("a.txt", text).header().isPresent(), text);
    }

    @Test
    void strictIsoParsing() {
        assertEquals(Optional.of(LocalDate.of(2024, 6, 19)), DateHeader.parseIsoDate("2024-06-19"));
        assertEquals(Optional.empty(), DateHeader.parseIsoDate("2024-06-31"));
        assertEquals(Optional.empty(), DateHeader.parseIsoDate("2024-6-19"));
        assertEquals(Optional.empty(), DateHeader.parseIsoDate("19/06/2024"));
    }
}
