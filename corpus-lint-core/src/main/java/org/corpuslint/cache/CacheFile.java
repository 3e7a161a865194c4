package org.corpuslint.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.io.AtomicFiles;
import org.corpuslint.profile.ExactStatistics;

/**
 * Reads and writes a cache file. The file is written whole to a temporary file beside it and
 * moved into place, so a run killed while writing leaves the previous cache; a file that is not
 * a cache, is cut short or damaged, or was written for another configuration or version is
 * refused with the reason, and the run is a full one.
 */
public final class CacheFile {

    private static final String MAGIC = "corpus-lint cache";
    /** Raise when the layout below changes: older files are then refused, not misread. */
    private static final int FORMAT = 1;

    private CacheFile() {}

    /** The contents of a cache file, or why it cannot be used. */
    public record Loaded(CacheContents contents, String problem) {
        public boolean usable() {
            return contents != null;
        }
    }

    /** Reads {@code file}, usable only when written for {@code key}. */
    public static Loaded read(Path file, String key) {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
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
            ExactStatistics total = ExactStatistics.read(in);
            int shardCount = in.readInt();
            if (shardCount != Shards.COUNT) {
                return new Loaded(null, "written with " + shardCount + " shards");
            }
            List<byte[]> shards = new ArrayList<>(shardCount);
            for (int i = 0; i < shardCount; i++) {
                byte[] blob = new byte[checkedLength(in.readInt())];
                in.readFully(blob);
                shards.add(blob);
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
            if (in.read() != -1) {
                return new Loaded(null, "damaged (data after its end)");
            }
            return new Loaded(new CacheContents(key, total, shards, queries, answers, sources),
                    null);
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
        if (n < 0 || n > 1 << 28) {
            throw new IOException("bad length " + n);
        }
        return n;
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
        int[] queries = new int[checkedLength(in.readInt())];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = in.readInt();
            if (queries[q] < 0 || queries[q] >= queryCount) {
                throw new IOException("bad query id " + queries[q]);
            }
        }
        return new CachedSource(path, size, modified, hash, rows, queries);
    }

    /** Writes {@code contents} to {@code file} atomically. */
    public static void write(Path file, CacheContents contents) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            ExactStatistics.writeString(out, contents.key());
            contents.total().write(out);
            out.writeInt(contents.shards().size());
            for (byte[] blob : contents.shards()) {
                out.writeInt(blob.length);
                out.write(blob);
            }
            out.writeInt(contents.queries().size());
            for (int i = 0; i < contents.queries().size(); i++) {
                ExactStatistics.writeString(out, contents.queries().get(i));
                out.writeLong(contents.answers()[i]);
            }
            out.writeInt(contents.sources().size());
            for (CachedSource s : contents.sources().values()) {
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
                for (int q : s.queries()) {
                    out.writeInt(q);
                }
            }
            out.flush();
        });
    }
}
