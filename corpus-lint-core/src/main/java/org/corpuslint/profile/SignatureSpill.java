package org.corpuslint.profile;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The MinHash values of a corpus's documents, spilled to a temporary file of fixed-size records
 * (record {@code r} at byte {@code r * RECORD_BYTES}) so that they weigh neither on the heap nor
 * on the resident memory during the profile pass: some 256 MB at a million documents. The file
 * is opened with {@code DELETE_ON_CLOSE} (on Linux its name is removed at once, so nothing is
 * left behind even when the process is killed) and deleted by {@link #close}. Read back with
 * plain reads into small buffers, never mapped: mapped pages would count as resident memory.
 * The first {@value #BUFFER_RECORDS} records stay in the write buffer, so a small corpus never
 * creates the file. Appends come from one thread; reads, positional, from any number once
 * appending is over.
 */
final class SignatureSpill implements Closeable {

    /** Bytes of one record: every value, big-endian. */
    static final int RECORD_BYTES = MinHashSignature.HASHES * 2;
    /** File names start with this (in the system's temporary folder). */
    static final String PREFIX = "corpus-lint-signatures-";
    private static final int BUFFER_RECORDS = 256;

    private final Path folder;
    /** Opened when the buffer is first written out; {@code null} until then. */
    private FileChannel channel;
    private boolean closed;
    private final ByteBuffer pending = ByteBuffer.allocate(BUFFER_RECORDS * RECORD_BYTES);
    private long records;
    private long written;

    private SignatureSpill(Path folder) {
        this.folder = folder;
    }

    /** An empty spill in the system's temporary folder. */
    static SignatureSpill create() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** An empty spill in {@code folder}, which creates its file when it first needs it. */
    static SignatureSpill create(Path folder) {
        return new SignatureSpill(folder);
    }

    private static FileChannel open(Path folder) {
        Path file = null;
        try {
            file = Files.createTempFile(folder, PREFIX, ".bin");
            return FileChannel.open(file, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the first failure is the one to report
                }
            }
            throw new UncheckedIOException("cannot create a temporary file for the duplicate"
                    + " signatures in " + folder, e);
        }
    }

    /** Appends one record and returns its number. */
    synchronized long append(short[] minHashes) {
        if (closed) {
            throw new IllegalStateException("the duplicate signatures' file was deleted");
        }
        if (!pending.hasRemaining()) {
            writeOut();
        }
        for (short value : minHashes) {
            pending.putShort(value);
        }
        return records++;
    }

    /** Number of records appended. */
    synchronized long records() {
        return records;
    }

    /** Writes what is buffered when there is a file, so that reads see every record appended. */
    synchronized void flush() {
        if (channel != null) {
            writeOut();
        }
    }

    private void writeOut() {
        if (channel == null) {
            channel = open(folder);
        }
        pending.flip();
        try {
            while (pending.hasRemaining()) {
                written += channel.write(pending, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the duplicate signatures' file", e);
        }
        pending.clear();
    }

    /** Record {@code record} into {@code into}. */
    void read(long record, short[] into) {
        synchronized (this) {
            flush();
            if (channel == null) { // every record is still in the buffer
                int at = Math.toIntExact(record * RECORD_BYTES);
                for (int k = 0; k < into.length; k++) {
                    into[k] = pending.getShort(at + 2 * k);
                }
                return;
            }
        }
        ByteBuffer buffer = ByteBuffer.allocate(RECORD_BYTES);
        readFully(buffer, record * RECORD_BYTES);
        buffer.flip();
        buffer.asShortBuffer().get(into);
    }

    /** Reads records in order, from the first, through a buffer of its own. */
    Reader reader() {
        flush();
        return new Reader();
    }

    /** A sequential read of every record, for one thread. */
    final class Reader {
        private final ByteBuffer buffer;
        private final long end = records * RECORD_BYTES;
        private long position;

        private Reader() {
            synchronized (SignatureSpill.this) {
                if (channel == null) { // a view of the records still in the write buffer
                    buffer = pending.duplicate();
                    buffer.flip();
                    position = end;
                } else {
                    buffer = ByteBuffer.allocate(BUFFER_RECORDS * RECORD_BYTES);
                    buffer.flip();
                }
            }
        }

        /** The next record into {@code into}. */
        void next(short[] into) {
            if (!buffer.hasRemaining()) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), end - position));
                readFully(buffer, position);
                position += buffer.position();
                buffer.flip();
            }
            for (int k = 0; k < into.length; k++) {
                into[k] = buffer.getShort();
            }
        }
    }

    private void readFully(ByteBuffer buffer, long at) {
        try {
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at + buffer.position());
                if (read < 0) {
                    throw new IOException("the duplicate signatures' file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the duplicate signatures' file", e);
        }
    }

    /** Appends every record of {@code other}, copying through a small buffer. */
    void appendAll(SignatureSpill other) {
        Reader from = other.reader();
        short[] record = new short[MinHashSignature.HASHES];
        long n = other.records();
        for (long r = 0; r < n; r++) {
            from.next(record);
            append(record);
        }
    }

    /** Whether a file was created and is still open (it is deleted when closed). */
    synchronized boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    /** Deletes the file. */
    @Override
    public synchronized void close() {
        closed = true;
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the duplicate signatures' file", e);
        }
    }
}
