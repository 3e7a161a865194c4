package org.corpuslint.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.RandomAccess;
import org.corpuslint.io.IndexOrder;

/**
 * The files of a corpus scan, packed: a run keeps its file list through both passes, and a
 * million files held as {@link SourceFile}s with their {@link Path}s weigh about 300 MB that the
 * collector traces again and again while the rules run. Packed they take about 40 bytes a file:
 * the relative paths as bytes, sizes and modification times in arrays, and a real path only for
 * the files reached through a symbolic link (for every other file it is the corpus's real root
 * with the relative path). {@link #get} makes a file's {@link SourceFile} when asked. Immutable.
 */
final class PackedSourceFiles extends AbstractList<SourceFile> implements RandomAccess {

    private final Path realRoot;
    private final byte[] paths;
    private final int[] ends;
    private final long[] sizes;
    private final long[] modified;
    /** Relative paths not made of ASCII characters alone, by record: kept as they are. */
    private final Map<Integer, String> otherPaths;
    /** Real paths other than {@code realRoot} with the relative path, by record. */
    private final Map<Integer, Path> otherRealPaths;
    /**
     * The record at each position, or {@code null} when positions are the order of adding:
     * sorting a million files puts 4 MB of indexes in order instead of copying 50 MB of
     * records, whose copies, all at once, made the collector grow the heap for the whole run.
     */
    private final int[] order;

    private PackedSourceFiles(Builder b) {
        this.realRoot = b.realRoot;
        this.paths = Arrays.copyOf(b.paths, b.pathBytes);
        this.ends = Arrays.copyOf(b.ends, b.count);
        this.sizes = Arrays.copyOf(b.sizes, b.count);
        this.modified = Arrays.copyOf(b.modified, b.count);
        this.otherPaths = b.otherPaths;
        this.otherRealPaths = b.otherRealPaths;
        this.order = null;
    }

    private PackedSourceFiles(PackedSourceFiles records, int[] order) {
        this.realRoot = records.realRoot;
        this.paths = records.paths;
        this.ends = records.ends;
        this.sizes = records.sizes;
        this.modified = records.modified;
        this.otherPaths = records.otherPaths;
        this.otherRealPaths = records.otherRealPaths;
        this.order = order;
    }

    @Override
    public int size() {
        return ends.length;
    }

    @Override
    public SourceFile get(int index) {
        int record = record(index);
        String relative = pathOfRecord(record);
        Path real = otherRealPaths.get(record);
        return new SourceFile(real != null ? real : realRoot.resolve(relative), relative,
                sizes[record], modified[record]);
    }

    String relativePath(int index) {
        return pathOfRecord(record(index));
    }

    /** The real path given for the file at {@code index}, or {@code null} when none was. */
    Path givenRealPath(int index) {
        return otherRealPaths.get(record(index));
    }

    /** Whether any file was given a real path of its own (was reached through a link). */
    boolean anyGivenRealPath() {
        return !otherRealPaths.isEmpty();
    }

    /** The same files sorted by relative path ({@link String#compareTo}'s order). */
    PackedSourceFiles sortedByPath() {
        int[] positions = IndexOrder.sorted(size(), (a, b) -> compareRecords(record(a),
                record(b)));
        if (order != null) {
            for (int i = 0; i < positions.length; i++) {
                positions[i] = order[positions[i]];
            }
        }
        return new PackedSourceFiles(this, positions);
    }

    private int record(int index) {
        return order == null ? index : order[index];
    }

    private String pathOfRecord(int record) {
        String other = otherPaths.get(record);
        if (other != null) {
            return other;
        }
        int start = record == 0 ? 0 : ends[record - 1];
        return new String(paths, start, ends[record] - start, StandardCharsets.ISO_8859_1);
    }

    private int compareRecords(int a, int b) {
        if (!otherPaths.isEmpty()
                && (otherPaths.containsKey(a) || otherPaths.containsKey(b))) {
            return pathOfRecord(a).compareTo(pathOfRecord(b));
        }
        // ASCII bytes compare as their chars do.
        return Arrays.compareUnsigned(paths, a == 0 ? 0 : ends[a - 1], ends[a],
                paths, b == 0 ? 0 : ends[b - 1], ends[b]);
    }

    /** Collects files in the order they are to be kept. */
    static final class Builder {

        private final Path realRoot;
        private byte[] paths = new byte[1024];
        private int pathBytes;
        private int[] ends = new int[64];
        private long[] sizes = new long[64];
        private long[] modified = new long[64];
        private int count;
        private final Map<Integer, String> otherPaths = new HashMap<>();
        private final Map<Integer, Path> otherRealPaths = new HashMap<>();

        Builder(Path realRoot) {
            this.realRoot = realRoot;
        }

        /** @param realPath the file's real path, or {@code null} when it is the root's with it */
        void add(String relativePath, Path realPath, long size, long modifiedMillis) {
            if (count == ends.length) {
                int capacity = count + (count >> 1);
                ends = Arrays.copyOf(ends, capacity);
                sizes = Arrays.copyOf(sizes, capacity);
                modified = Arrays.copyOf(modified, capacity);
            }
            if (isAscii(relativePath)) {
                int length = relativePath.length();
                if (pathBytes + length > paths.length) {
                    paths = Arrays.copyOf(paths, Math.max(pathBytes + length,
                            paths.length + (paths.length >> 1)));
                }
                for (int i = 0; i < length; i++) {
                    paths[pathBytes++] = (byte) relativePath.charAt(i);
                }
            } else {
                otherPaths.put(count, relativePath);
            }
            ends[count] = pathBytes;
            sizes[count] = size;
            modified[count] = modifiedMillis;
            if (realPath != null) {
                otherRealPaths.put(count, realPath);
            }
            count++;
        }

        PackedSourceFiles build() {
            return new PackedSourceFiles(this);
        }

        private static boolean isAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
