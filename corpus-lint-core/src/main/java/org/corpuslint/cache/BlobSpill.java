package org.corpuslint.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.corpuslint.io.PlainBufferedOutput;

/**
 * The blocks a run counted, written to a temporary file beside the cache as they are made, so
 * that the statistics of every shard need not stay in memory until the cache is written; the
 * blocks it did not count come from {@code fallback} (the old cache). Deleted on close.
 */
public final class BlobSpill implements Blobs, AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private final Blobs fallback;
    private final long[] offsets = new long[COUNT];
    private final int[] lengths = new int[COUNT];
    private final int[] checksums = new int[COUNT];
    private final boolean[] written = new boolean[COUNT];
    private long size;
    private BlobFile reader;

    private BlobSpill(Path file, OutputStream out, Blobs fallback) {
        this.file = file;
        this.out = out;
        this.fallback = fallback;
    }

    /** A spill file beside {@code cacheFile}; {@code fallback} may be {@code null}. */
    public static BlobSpill beside(Path cacheFile, Blobs fallback) throws IOException {
        Path folder = cacheFile.toAbsolutePath().normalize().getParent();
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, cacheFile.getFileName().toString(), ".spill");
        return new BlobSpill(file, new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16), fallback);
    }

    /** A spill that keeps nothing: for a run that cannot write its cache. */
    public static BlobSpill discarding() {
        return new BlobSpill(null, null, null);
    }

    /** Whether this spill keeps what is written to it. */
    public boolean keeps() {
        return file != null;
    }

    /** Writes the content of one block. */
    @FunctionalInterface
    public interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes block {@code index}, once, before any block is read: streamed to the file, so
     * that a large block (the total statistics) is never whole in memory.
     */
    public synchronized void write(int index, Content content) throws IOException {
        if (file == null) {
            return;
        }
        if (reader != null || written[index]) {
            throw new IllegalStateException("block " + index + " written twice or too late");
        }
        CheckedOutputStream checked = new CheckedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the spill stays open for the next block
            }
        }, new CRC32C());
        DataOutputStream data = new DataOutputStream(new PlainBufferedOutput(checked, 1 << 16));
        content.writeTo(data);
        data.flush();
        if (data.size() == Integer.MAX_VALUE) { // where its count stops
            throw new IOException("block " + index + " of 2 GB or more");
        }
        offsets[index] = size;
        lengths[index] = data.size();
        checksums[index] = (int) checked.getChecksum().getValue();
        written[index] = true;
        size += data.size();
    }

    @Override
    public synchronized byte[] read(int index) throws IOException {
        if (!written[index]) {
            if (fallback == null) {
                throw new IllegalStateException("block " + index + " was never written");
            }
            return fallback.read(index);
        }
        if (reader == null) {
            out.close();
            reader = new BlobFile(file, offsets, lengths, checksums);
        }
        return reader.read(index);
    }

    @Override
    public synchronized int length(int index) {
        return written[index] ? lengths[index] : fallback.length(index);
    }

    @Override
    public synchronized int checksum(int index) {
        return written[index] ? checksums[index] : fallback.checksum(index);
    }

    @Override
    public synchronized void close() throws IOException {
        if (file == null) {
            return;
        }
        try {
            if (reader != null) {
                reader.close();
            } else {
                out.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
