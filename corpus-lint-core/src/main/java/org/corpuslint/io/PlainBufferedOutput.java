package org.corpuslint.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered output stream without the lock {@link java.io.BufferedOutputStream} takes for
 * every byte: a {@link java.io.DataOutputStream} writes an {@code int} as four single bytes,
 * and the corpus statistics are some hundred million of them. For one writer thread only.
 */
public final class PlainBufferedOutput extends OutputStream {

    private final OutputStream out;
    private final byte[] buffer;
    private int count;

    public PlainBufferedOutput(OutputStream out, int size) {
        this.out = out;
        this.buffer = new byte[size];
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(bytes, offset, length);
            return;
        }
        if (length > buffer.length - count) {
            drain();
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
