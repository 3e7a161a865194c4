package org.corpuslint.profile;

import java.util.Arrays;
import org.corpuslint.io.IndexOrder;

/**
 * Paths kept compactly, one after another in byte chunks, instead of one {@code String} each
 * (some 60 bytes for a path of 20 characters): each UTF-16 unit is written as UTF-8 writes a
 * code point of that value (1 to 3 bytes, CESU-8), which keeps every string exactly, unpaired
 * surrogates included, and makes the unsigned order of the bytes the order of
 * {@link String#compareTo}: paths are sorted without decoding them.
 */
final class PathColumn {

    private static final int CHUNK = 1 << 20;

    private byte[][] chunks = new byte[0][];
    /** Chunk index in the high 32 bits, offset in the low ones; the length is written first. */
    private long[] starts = new long[16];
    private int size;
    private int chunkFill;

    /** Appends {@code path}; its index is the number of paths before it. */
    void add(String path) {
        int length = encodedLength(path);
        int needed = length + 5;
        if (chunks.length == 0 || chunkFill + needed > chunks[chunks.length - 1].length) {
            newChunk(Math.max(CHUNK, needed));
        }
        byte[] chunk = chunks[chunks.length - 1];
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size + (size >> 1));
        }
        starts[size++] = (long) (chunks.length - 1) << 32 | chunkFill;
        int at = writeLength(chunk, chunkFill, length);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x80) {
                chunk[at++] = (byte) c;
            } else if (c < 0x800) {
                chunk[at++] = (byte) (0xC0 | c >> 6);
                chunk[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                chunk[at++] = (byte) (0xE0 | c >> 12);
                chunk[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                chunk[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        chunkFill = at;
    }

    private void newChunk(int bytes) {
        chunks = Arrays.copyOf(chunks, chunks.length + 1);
        chunks[chunks.length - 1] = new byte[bytes];
        chunkFill = 0;
    }

    private static int encodedLength(String path) {
        int length = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return length;
    }

    /** Writes {@code length} as a variable-length number, returns the position after it. */
    private static int writeLength(byte[] chunk, int at, int length) {
        while (length >= 0x80) {
            chunk[at++] = (byte) (0x80 | length & 0x7F);
            length >>>= 7;
        }
        chunk[at++] = (byte) length;
        return at;
    }

    /** The length written by {@link #writeLength} at {@code at}. */
    private static int lengthAt(byte[] chunk, int at) {
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = chunk[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                return length;
            }
        }
    }

    /** The bytes {@link #writeLength} takes for {@code length}. */
    private static int lengthSize(int length) {
        int bytes = 1;
        while (length >= 0x80) {
            length >>>= 7;
            bytes++;
        }
        return bytes;
    }

    int size() {
        return size;
    }

    /** The path at {@code index}. */
    String get(int index) {
        byte[] chunk = chunks[(int) (starts[index] >>> 32)];
        int length = lengthAt(chunk, (int) starts[index]);
        int at = (int) starts[index] + lengthSize(length);
        int end = at + length;
        char[] chars = new char[length];
        int n = 0;
        while (at < end) {
            int b = chunk[at++] & 0xFF;
            if (b < 0x80) {
                chars[n++] = (char) b;
            } else if (b < 0xE0) {
                chars[n++] = (char) ((b & 0x1F) << 6 | chunk[at++] & 0x3F);
            } else {
                chars[n++] = (char) ((b & 0x0F) << 12 | (chunk[at++] & 0x3F) << 6
                        | chunk[at++] & 0x3F);
            }
        }
        return new String(chars, 0, n);
    }

    /** {@code get(a).compareTo(get(b))}'s sign, without decoding either. */
    int compare(int a, int b) {
        byte[] chunkA = chunks[(int) (starts[a] >>> 32)];
        byte[] chunkB = chunks[(int) (starts[b] >>> 32)];
        int lengthA = lengthAt(chunkA, (int) starts[a]);
        int lengthB = lengthAt(chunkB, (int) starts[b]);
        int atA = (int) starts[a] + lengthSize(lengthA);
        int atB = (int) starts[b] + lengthSize(lengthB);
        int mismatch = Arrays.compareUnsigned(chunkA, atA, atA + lengthA,
                chunkB, atB, atB + lengthB);
        return Integer.signum(mismatch);
    }

    /** The indexes {@code 0..size-1} in path order. */
    int[] sortedIndexes() {
        return IndexOrder.sorted(size, this::compare);
    }
}
