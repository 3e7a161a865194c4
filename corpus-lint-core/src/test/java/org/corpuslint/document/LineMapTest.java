package org.corpuslint.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineMapTest {

    /** Each line as "start-contentEnd-endWithBreak", to pin the whole map at once. */
    private static List<String> layout(String text) {
        LineMap map = LineMap.of(text);
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= map.lineCount(); line++) {
            lines.add(map.lineStart(line) + "-" + map.lineContentEnd(line) + "-"
                    + map.lineEndIncludingBreak(line));
        }
        return lines;
    }

    @Test
    void unixLineEnds() {
        assertEquals(List.of("0-2-3", "3-5-6"), layout("ab\ncd\n"));
    }

    @Test
    void windowsLineEndsCountAsOneBreak() {
        assertEquals(List.of("0-2-4", "4-6-8"), layout("ab\r\ncd\r\n"));
    }

    @Test
    void loneCarriageReturnIsALineEnd() {
        assertEquals(List.of("0-2-3", "3-5-6"), layout("ab\rcd\r"));
    }

    @Test
    void mixedLineEndsAndEmptyLines() {
        // "a" CRLF, "" LF, "" CR, "b" (no final line end)
        assertEquals(List.of("0-1-3", "3-3-4", "4-4-5", "5-6-6"), layout("a\r\n\n\rb"));
    }

    @Test
    void textWithoutFinalLineEndKeepsItsLastLine() {
        assertEquals(List.of("0-2-3", "3-5-5"), layout("ab\ncd"));
    }

    @Test
    void emptyTextHasOneEmptyLine() {
        assertEquals(List.of("0-0-0"), layout(""));
        assertEquals(new Position(1, 1, 0), LineMap.of("").position(0));
    }

    @Test
    void onlyEmptyLines() {
        assertEquals(List.of("0-0-1", "1-1-2"), layout("\n\n"));
    }

    @Test
    void positionsAreOneBasedLinesAndColumns() {
        LineMap map = LineMap.of("ab\r\ncd\nef");
        assertAll(
                () -> assertEquals(new Position(1, 1, 0), map.position(0)),
                () -> assertEquals(new Position(1, 3, 2), map.position(2)),
                () -> assertEquals(new Position(2, 1, 4), map.position(4)),
                () -> assertEquals(new Position(2, 2, 5), map.position(5)),
                () -> assertEquals(new Position(3, 1, 7), map.position(7)),
                () -> assertEquals(new Position(3, 3, 9), map.position(9)));
    }

    @Test
    void endOfTextAfterAFinalLineEndIsColumnOneOfTheNextLine() {
        assertEquals(new Position(2, 1, 6), LineMap.of("hello\n").position(6));
        assertEquals(new Position(2, 1, 7), LineMap.of("hello\r\n").position(7));
        assertEquals(new Position(2, 1, 6), LineMap.of("hello\r").position(6));
        assertEquals(new Position(1, 6, 5), LineMap.of("hello").position(5));
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        // "é" is one unit, the emoji two: "x" is at column 4.
        LineMap map = LineMap.of("é\uD83D\uDE00x");
        assertEquals(new Position(1, 4, 3), map.position(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\ncd\n", "ab\r\ncd\r\n", "ab\rcd", "\n\nx\r\n\ry", "", "é\uD83D\uDE00\n"})
    void offsetsAndLineColumnPositionsAgreeEverywhere(String text) {
        LineMap map = LineMap.of(text);
        for (int line = 1; line <= map.lineCount(); line++) {
            int width = map.lineContentEnd(line) - map.lineStart(line);
            for (int column = 1; column <= width + 1; column++) {
                int offset = map.lineStart(line) + column - 1;
                Position expected = new Position(line, column, offset);
                assertEquals(expected, map.position(offset), "offset " + offset);
                assertEquals(expected, map.position(line, column), line + ":" + column);
            }
        }
    }

    @Test
    void outOfRangeIsRejected() {
        LineMap map = LineMap.of("ab\r\ncd");
        assertAll(
                () -> assertThrows(IndexOutOfBoundsException.class, () -> map.position(-1)),
                () -> assertThrows(IndexOutOfBoundsException.class, () -> map.position(7)),
                () -> assertThrows(IndexOutOfBoundsException.class, () -> map.lineStart(0)),
                () -> assertThrows(IndexOutOfBoundsException.class, () -> map.lineStart(3)),
                () -> assertThrows(IndexOutOfBoundsException.class, () -> map.position(1, 0)),
                // column 4 of line 1 would be inside its "\r\n"
                () -> assertThrows(IndexOutOfBoundsException.class, () -> map.position(1, 4)));
    }
}
