package org.corpuslint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corpuslint.model.Position;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void leadingByteOrderMarkIsDroppedAndOffsetsCountWithoutIt() {
        Document document = new Document("a.txt", "\uFEFF date 2024-06-19\nBody\n");
        assertEquals(" date 2024-06-19\nBody\n", document.text());
        assertTrue(document.header().isPresent());
        assertEquals(6, document.header().get().dateStart());
        assertEquals(new Position(2, 1, 17), document.position(17));
    }

    @Test
    void onlyTheLeadingByteOrderMarkIsDropped() {
        Document document = new Document("a.txt", "x\uFEFFy");
        assertEquals("x\uFEFFy", document.text());
    }

    @Test
    void linesKeepTheirTextWithoutLineBreaks() {
        Document document = new Document("a.txt", "first\r\nsecond\rthird\n\nlast");
        assertEquals(5, document.lineCount());
        assertEquals("first", document.line(1));
        assertEquals("second", document.line(2));
        assertEquals("third", document.line(3));
        assertEquals("", document.line(4));
        assertEquals("last", document.line(5));
        assertEquals("first\r\nsecond\rthird\n\nlast", document.text());
    }

    /** A line read again is the same string, made once; a line out of range is still an error. */
    @Test
    void aLineIsMadeOnceAndLinesOutOfRangeAreRefused() {
        Document document = new Document("a.txt", "first\nsecond\n");
        String second = document.line(2);
        assertEquals("second", second);
        assertSame(second, document.line(2));
        assertEquals("first", document.line(1));
        assertThrows(IndexOutOfBoundsException.class, () -> document.line(0));
        assertThrows(IndexOutOfBoundsException.class, () -> document.line(3));
    }

    @Test
    void outletIsTheFirstFolder() {
        assertEquals("bbc", new Document("bbc/2024/a.txt", "x").outlet());
        assertEquals("", new Document("a.txt", "x").outlet());
    }

    @Test
    void bodyStartsAfterTheHeader() {
        assertEquals(2, new Document("a.txt", " date 2024-06-19\nBody").firstBodyLine());
        assertEquals(1, new Document("a.txt", "Body\n date 2024-06-19").firstBodyLine());
        assertFalse(new Document("a.txt", "Body\n date 2024-06-19").header().isPresent());
    }
}
