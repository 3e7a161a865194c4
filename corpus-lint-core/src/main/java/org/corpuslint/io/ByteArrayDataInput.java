package org.corpuslint.io;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link DataInput} over a byte array, reading what {@link java.io.DataOutputStream} wrote
 * (big-endian). A {@code DataInputStream} over a {@code ByteArrayInputStream} takes a lock for
 * every byte of an {@code int} or {@code short}: reading the statistics of a whole corpus, some
 * hundred million of them, that is a good part of an incremental run's time.
 */
public final class ByteArrayDataInput implements DataInput {

    private final byte[] bytes;
    private int at;

    public ByteArrayDataInput(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Bytes not read yet. */
    public int remaining() {
        return bytes.length - at;
    }

    private int take(int n) throws EOFException {
        if (n < 0 || n > bytes.length - at) {
            throw new EOFException("cut short");
        }
        int from = at;
        at += n;
        return from;
    }

    @Override
    public void readFully(byte[] into) throws IOException {
        readFully(into, 0, into.length);
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        System.arraycopy(bytes, take(length), into, offset, length);
    }

    /** {@code length} bytes as UTF-8 text. */
    public String readUtf8(int length) throws IOException {
        return new String(bytes, take(length), length, StandardCharsets.UTF_8);
    }

    @Override
    public int skipBytes(int n) throws IOException {
        int skipped = Math.max(0, Math.min(n, remaining()));
        at += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[take(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        int i = take(2);
        return (short) ((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff);
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xffff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        int i = take(4);
        return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16
                | (bytes[i + 2] & 0xff) << 8 | bytes[i + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        int i = take(8);
        long high = (bytes[i] & 0xffL) << 56 | (bytes[i + 1] & 0xffL) << 48
                | (bytes[i + 2] & 0xffL) << 40 | (bytes[i + 3] & 0xffL) << 32;
        return high | (bytes[i + 4] & 0xffL) << 24 | (bytes[i + 5] & 0xffL) << 16
                | (bytes[i + 6] & 0xffL) << 8 | bytes[i + 7] & 0xffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("not a text reader");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
