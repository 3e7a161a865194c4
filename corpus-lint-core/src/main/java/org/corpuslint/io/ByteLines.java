package org.corpuslint.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes (a line ends at {@code \n}; a {@code \r} before it is
 * dropped), holding at most {@code maxLineBytes} of one line: a longer line is reported by its
 * length and skipped, so one huge record cannot exhaust the memory of the run.
 */
public final class ByteLines {

    /** One line: its bytes (empty when it was too long), its length and its 1-based number. */
    public record Line(long number, byte[] bytes, long length, boolean tooLong) {}

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[8192];
    private long lineNumber;

    public ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    public Line next() throws IOException {
        int size = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                int n = in.read(chunk);
                if (n < 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                chunkPos = 0;
                chunkEnd = n;
                continue;
            }
            any = true;
            int newline = indexOfNewline(chunkPos, chunkEnd);
            int stop = newline < 0 ? chunkEnd : newline;
            int count = stop - chunkPos;
            long room = maxLineBytes - length;
            if (room > 0) {
                int copied = (int) Math.min(count, room);
                if (size + copied > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(
                            Math.max(line.length * 2L, size + (long) copied), maxLineBytes));
                }
                System.arraycopy(chunk, chunkPos, line, size, copied);
                size += copied;
            }
            length += count;
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (length > maxLineBytes) {
            return new Line(lineNumber, new byte[0], length, true);
        }
        int end = size > 0 && line[size - 1] == '\r' ? size - 1 : size;
        byte[] bytes = Arrays.copyOf(line, end);
        if (line.length > 1 << 20) {
            line = new byte[8192]; // one long record must not keep a large buffer alive
        }
        return new Line(lineNumber, bytes, end, false);
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
