package org.corpuslint.document;

import java.util.Arrays;
import org.corpuslint.model.Position;

/**
 * Converts between character offsets and 1-based line/column positions. Recognises {@code \n},
 * {@code \r\n} and a lone {@code \r} as line ends, so positions are exact whatever the source's
 * line-ending convention.
 */
public final class LineMap {

    private final int[] lineStarts;
    private final int[] contentEnds;
    private final int length;

    private LineMap(int[] lineStarts, int[] contentEnds, int length) {
        this.lineStarts = lineStarts;
        this.contentEnds = contentEnds;
        this.length = length;
    }

    public static LineMap of(CharSequence text) {
        int n = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = lineStart;
                ends[count] = i;
                count++;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        // The text after the last line end is a line too, unless the text ends with a line end.
        if (lineStart < n || count == 0) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = lineStart;
            ends[count] = n;
            count++;
        }
        return new LineMap(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), n);
    }

    /** Number of lines; a text ending with a line break has no extra empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[checkLine(line) - 1];
    }

    /** Offset just after the last character of {@code line}, before its line break. */
    public int lineContentEnd(int line) {
        return contentEnds[checkLine(line) - 1];
    }

    /** Offset just after {@code line}'s line break (the start of the next line, or the end). */
    public int lineEndIncludingBreak(int line) {
        checkLine(line);
        return line < lineStarts.length ? lineStarts[line] : length;
    }

    /**
     * The position of a character offset ({@code 0 <= offset <= length}). The end of a text
     * that ends with a line break is column 1 of the line after the last one, as editors and
     * SARIF viewers count it.
     */
    public Position position(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int last = lineStarts.length - 1;
        if (offset == length && contentEnds[last] < length) {
            return new Position(lineStarts.length + 1, 1, offset);
        }
        int index = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = index >= 0 ? index : -index - 2;
        if (lineIndex < 0) {
            lineIndex = 0;
        }
        return new Position(lineIndex + 1, offset - lineStarts[lineIndex] + 1, offset);
    }

    /**
     * The position at 1-based {@code line} and {@code column}; the column may be one past the
     * line's last character (the end of the line), not inside its line break.
     */
    public Position position(int line, int column) {
        int offset = lineStart(line) + column - 1;
        if (column < 1 || offset > lineContentEnd(line)) {
            throw new IndexOutOfBoundsException("column " + column + " outside line " + line);
        }
        return new Position(line, column, offset);
    }

    private int checkLine(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IndexOutOfBoundsException("line " + line + " outside 1.." + lineStarts.length);
        }
        return line;
    }
}
