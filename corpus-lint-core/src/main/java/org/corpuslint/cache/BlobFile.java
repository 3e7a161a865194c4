package org.corpuslint.cache;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Blocks stored in a file at known offsets, each with its length and checksum: the end of a
 * cache file, or the spill file a run writes the blocks it counted to. Read with positional
 * reads, so that a run reads only the blocks it needs.
 */
final class BlobFile implements Blobs, AutoCloseable {

    private final FileChannel channel;
    private final long[] offsets;
    private final int[] lengths;
    private final int[] checksums;

    BlobFile(Path file, long[] offsets, int[] lengths, int[] checksums) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.offsets = offsets.clone();
        this.lengths = lengths.clone();
        this.checksums = checksums.clone();
        long size = channel.size();
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || lengths[i] < 0 || offsets[i] + lengths[i] > size) {
                channel.close();
                throw new EOFException("cut short");
            }
        }
    }

    /** Blocks stored one after another from {@code base} on. */
    static BlobFile consecutive(Path file, long base, int[] lengths, int[] checksums)
            throws IOException {
        long[] offsets = new long[lengths.length];
        long at = base;
        for (int i = 0; i < lengths.length; i++) {
            offsets[i] = at;
            at += lengths[i];
        }
        return new BlobFile(file, offsets, lengths, checksums);
    }

    @Override
    public byte[] read(int index) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(lengths[index]);
        long at = offsets[index];
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new EOFException("cut short");
            }
        }
        byte[] bytes = buffer.array();
        if (checksum(bytes) != checksums[index]) {
            throw new IOException("damaged (checksum of block " + index + ")");
        }
        return bytes;
    }

    @Override
    public int length(int index) {
        return lengths[index];
    }

    @Override
    public int checksum(int index) {
        return checksums[index];
    }

    static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
