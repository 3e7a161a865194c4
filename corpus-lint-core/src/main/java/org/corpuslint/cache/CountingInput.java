package org.corpuslint.cache;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/** Counts and checksums the bytes read through it. */
final class CountingInput extends FilterInputStream {

    private final CRC32C crc = new CRC32C();
    private long count;

    CountingInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            crc.update(b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = in.read(bytes, offset, length);
        if (n > 0) {
            crc.update(bytes, offset, n);
            count += n;
        }
        return n;
    }

    long count() {
        return count;
    }

    int checksum() {
        return (int) crc.getValue();
    }
}
