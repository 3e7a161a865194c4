package org.corpuslint.cache;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * Buffers, counts and checksums the bytes read through it. Without a lock per byte (as
 * {@link java.io.BufferedInputStream} takes) and with the checksum updated a buffer at a time:
 * the head of a cache file is read an {@code int} at a time, some ten million of them.
 */
final class CountingInput extends InputStream {

    private final InputStream in;
    private final CRC32C crc = new CRC32C();
    private final byte[] buffer;
    private int position;
    private int limit;
    /** Where in the buffer the checksum has got to. */
    private int summed;
    /** Bytes consumed before the current buffer. */
    private long before;

    CountingInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    private boolean fill() throws IOException {
        crc.update(buffer, summed, position - summed);
        before += position;
        position = 0;
        summed = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, bytes, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return limit - position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes read through this stream so far. */
    long count() {
        return before + position;
    }

    /** The checksum of the bytes read so far. */
    int checksum() {
        crc.update(buffer, summed, position - summed);
        summed = position;
        return (int) crc.getValue();
    }
}
