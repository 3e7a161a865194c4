package org.corpuslint.cache;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.corpuslint.io.AtomicFiles;
import org.corpuslint.io.PlainBufferedOutput;
import org.corpuslint.profile.ExactStatistics;

/**
 * Reads and writes a cache file: the key, the query table and the files, under one checksum,
 * then the blocks of statistics ({@link Blobs}), each under its own checksum and read only when
 * needed. The file is written whole to a temporary file beside it and moved into place, so a run
 * killed while writing leaves the previous cache; a file that is not a cache, is cut short or
 * damaged, or was written for another configuration or version is refused with the reason, and
 * the run is a full one.
 */
public final class CacheFile {

    private static final String MAGIC = "corpus-lint cache";
    /** Raise when the layout below changes: older files are then refused, not misread. */
    private static final int FORMAT = 5;

    private CacheFile() {}

    /** The contents of a cache file, or why it cannot be used; closing ends reading its blocks. */
    public record Loaded(CacheContents contents, String problem) implements AutoCloseable {
        public boolean usable() {
            return contents != null;
        }

        @Override
        public void close() throws IOException {
            if (contents != null && contents.blobs() instanceof BlobFile file) {
                file.close();
            }
        }
    }

    /**
     * Whether a cache may be written to {@code file}: it does not exist, is empty, or is a
     * corpus-lint cache (of any version). A file named by a configuration that came with a
     * corpus is replaced only then, never a file of the user's that happens to lie there.
     */
    public static boolean mayReplace(Path file) {
        if (!Files.exists(file)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(file)))) {
            return Files.size(file) == 0 || MAGIC.equals(in.readUTF());
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads {@code file}, usable only when written for {@code key}. */
    public static Loaded read(Path file, String key) {
        try (InputStream raw = Files.newInputStream(file)) {
            CountingInput counted = new CountingInput(raw, 1 << 16);
            DataInputStream in = new DataInputStream(counted);
            if (!MAGIC.equals(in.readUTF())) {
                return new Loaded(null, "not a corpus-lint cache");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                return new Loaded(null, "written in cache format " + format + ", not " + FORMAT);
            }
            String storedKey = ExactStatistics.readString(in);
            if (!storedKey.equals(key)) {
                return new Loaded(null, "written for another configuration or version");
            }
            int queryCount = checkedLength(in.readInt());
            List<String> queries = new ArrayList<>(queryCount);
            long[] answers = new long[queryCount];
            for (int i = 0; i < queryCount; i++) {
                queries.add(ExactStatistics.readString(in));
                answers[i] = in.readLong();
            }
            int sourceCount = checkedLength(in.readInt());
            Map<String, CachedSource> sources = new HashMap<>(sourceCount * 2);
            for (int i = 0; i < sourceCount; i++) {
                CachedSource source = readSource(in, queryCount);
                sources.put(source.path(), source);
            }
            if (in.readInt() != Blobs.COUNT) {
                return new Loaded(null, "damaged (blocks)");
            }
            int[] lengths = readInts(in, Blobs.COUNT);
            int[] checksums = readInts(in, Blobs.COUNT);
            int computed = counted.checksum();
            if (in.readInt() != computed) {
                return new Loaded(null, "damaged (checksum)");
            }
            long base = counted.count();
            long end = base;
            for (int length : lengths) {
                end += checkedLength(length);
            }
            long size = Files.size(file);
            if (size < end) {
                return new Loaded(null, "cut short");
            }
            if (size > end) {
                return new Loaded(null, "damaged (data after its end)");
            }
            BlobFile blobs = BlobFile.consecutive(file, base, lengths, checksums);
            return new Loaded(new CacheContents(key, QueryTable.of(queries, answers), sources,
                    blobs), null);
        } catch (NoSuchFileException e) {
            return new Loaded(null, "no cache yet");
        } catch (EOFException e) {
            return new Loaded(null, "cut short");
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "damaged or unreadable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private static int checkedLength(int n) throws IOException {
        if (n < 0 || n > 1 << 30) {
            throw new IOException("bad length " + n);
        }
        return n;
    }

    private static int[] readInts(DataInputStream in, int count) throws IOException {
        byte[] bytes = new byte[count * 4];
        in.readFully(bytes);
        int[] values = new int[count];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    private static CachedSource readSource(DataInputStream in, int queryCount)
            throws IOException {
        String path = ExactStatistics.readString(in);
        long size = in.readLong();
        long modified = in.readLong();
        String hash = ExactStatistics.readString(in);
        int rowCount = checkedLength(in.readInt());
        List<DocumentRow> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            rows.add(new DocumentRow(ExactStatistics.readString(in),
                    ExactStatistics.readString(in), in.readLong(), FindingCodec.read(in)));
        }
        int[] queries = readInts(in, checkedLength(in.readInt()));
        for (int q : queries) {
            if (q < 0 || q >= queryCount) {
                throw new IOException("bad query id " + q);
            }
        }
        return new CachedSource(path, size, modified, hash, rows, queries);
    }

    /** Writes a cache file atomically: {@code blobs} holds every block. */
    public static void write(Path file, String key, QueryTable table,
            Collection<CachedSource> sources, Blobs blobs) throws IOException {
        AtomicFiles.write(file, raw -> {
            PlainBufferedOutput buffered = new PlainBufferedOutput(raw, 1 << 16);
            CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            ExactStatistics.writeString(out, key);
            List<String> queries = table.queries();
            long[] answers = table.answers();
            out.writeInt(queries.size());
            for (int i = 0; i < queries.size(); i++) {
                ExactStatistics.writeString(out, queries.get(i));
                out.writeLong(answers[i]);
            }
            out.writeInt(sources.size());
            for (CachedSource s : sources) {
                writeSource(out, s);
            }
            int[] lengths = new int[Blobs.COUNT];
            int[] checksums = new int[Blobs.COUNT];
            for (int i = 0; i < Blobs.COUNT; i++) {
                lengths[i] = blobs.length(i);
                checksums[i] = blobs.checksum(i);
            }
            out.writeInt(Blobs.COUNT);
            writeInts(out, lengths);
            writeInts(out, checksums);
            out.flush();
            DataOutputStream head = new DataOutputStream(buffered);
            head.writeInt((int) checked.getChecksum().getValue());
            head.flush();
            for (int i = 0; i < Blobs.COUNT; i++) { // one block in memory at a time
                buffered.write(blobs.read(i));
            }
            buffered.flush();
        });
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4);
        bytes.asIntBuffer().put(values);
        out.write(bytes.array());
    }

    private static void writeSource(DataOutputStream out, CachedSource s) throws IOException {
        ExactStatistics.writeString(out, s.path());
        out.writeLong(s.size());
        out.writeLong(s.modified());
        ExactStatistics.writeString(out, s.contentHash());
        out.writeInt(s.rows().size());
        for (DocumentRow row : s.rows()) {
            ExactStatistics.writeString(out, row.outlet());
            ExactStatistics.writeString(out, row.month());
            out.writeLong(row.words());
            FindingCodec.write(out, row.findings());
        }
        out.writeInt(s.queries().length);
        writeInts(out, s.queries());
    }
}
