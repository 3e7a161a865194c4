package org.corpuslint.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.corpuslint.engine.CorpusFileFilter;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;

/**
 * A folder of {@code .txt} and JSON Lines files ({@code .jsonl}, {@code .jsonl.gz},
 * {@code .jsonl.zst}), or, for JSON Lines, a file or a glob pattern. The driver lists it (any Hadoop file system) and selects files
 * by their path relative to the folder with the configuration's includes and excludes, as the
 * folder scan does; the selected files, in path order, are packed into partitions of about equal
 * bytes, many files to a partition (one task per tiny file would cost more than linting it).
 * Tasks read the files themselves, only as the passes need them; only names and sizes travel.
 * A JSON Lines file is one unit of work, whatever its size: split a large corpus into many files.
 */
final class TextFolderReader {

    /** Bytes per partition the packing aims at when no partition count is given. */
    static final long TARGET_PARTITION_BYTES = 32L * 1024 * 1024;

    private TextFolderReader() {}

    /** One selected file. */
    record ListedFile(String relativePath, String location, long size) implements
            java.io.Serializable {}

    /**
     * {@code matchFiles}: the input may also be a file or a glob pattern, whose matches are
     * named by their file name (JSON Lines input).
     */
    static JavaRDD<CorpusRecord> read(SparkSession spark, String folder, int minPartitions,
            LintConfig config, boolean matchFiles) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        CorpusFileFilter filter = CorpusFileFilter.of(config);
        List<ListedFile> files = matchFiles && !isDirectory(folder, hadoop)
                ? matches(folder, hadoop, filter) : list(folder, hadoop, filter);
        long bytes = files.stream().mapToLong(ListedFile::size).sum();
        int partitions = minPartitions > 0 ? minPartitions
                : (int) Math.max(3L * context.defaultParallelism(),
                        Math.min(100_000, bytes / TARGET_PARTITION_BYTES));
        List<List<ListedFile>> packed = pack(files, partitions);
        Broadcast<SerializableConfiguration> shared =
                context.broadcast(new SerializableConfiguration(hadoop));
        return context.parallelize(packed, Math.max(1, packed.size()))
                .flatMap(part -> part.stream().map(file -> CorpusRecord.ofFile(
                        file.relativePath(), file.location(), file.size(), shared)).iterator());
    }

    private static boolean isDirectory(String input, Configuration hadoop) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            return fs.exists(path) && fs.getFileStatus(path).isDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files a file name or glob pattern matches, named by their file name. */
    static List<ListedFile> matches(String pattern, Configuration hadoop,
            CorpusFileFilter filter) {
        try {
            Path path = new Path(pattern);
            FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
            if (found == null || found.length == 0) {
                throw new CorpusLintException("corpus input " + pattern + " matches no file");
            }
            List<ListedFile> files = new ArrayList<>();
            for (FileStatus status : found) {
                String name = status.getPath().getName();
                if (status.isFile() && filter.selects(name)) {
                    files.add(new ListedFile(name, status.getPath().toString(),
                            status.getLen()));
                }
            }
            files.sort(Comparator.comparing(ListedFile::relativePath));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ListedFile> list(String folder, Configuration hadoop, CorpusFileFilter filter) {
        try {
            Path root = new Path(folder);
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.exists(root)) {
                throw new CorpusLintException("corpus directory " + folder + " does not exist");
            }
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new CorpusLintException("corpus directory " + folder
                        + " is not a directory");
            }
            String prefix = fs.makeQualified(root).toUri().getPath();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            List<ListedFile> files = new ArrayList<>();
            // listStatus, not listFiles: located statuses cost a block-location lookup per
            // file, and on the local file system without Hadoop's native library reading a
            // file's permissions forks a process. Only names, kinds and sizes are read here.
            ArrayDeque<Path> folders = new ArrayDeque<>();
            folders.push(root);
            while (!folders.isEmpty()) {
                for (FileStatus status : fs.listStatus(folders.pop())) {
                    if (status.isDirectory()) {
                        folders.push(status.getPath());
                        continue;
                    }
                    String path = status.getPath().toUri().getPath();
                    if (!path.startsWith(prefix)) {
                        continue;
                    }
                    String relative = path.substring(prefix.length());
                    if (filter.selects(relative)) {
                        files.add(new ListedFile(relative, status.getPath().toString(),
                                status.getLen()));
                    }
                }
            }
            files.sort(Comparator.comparing(ListedFile::relativePath));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Consecutive runs of files (so a partition holds neighbours, often one outlet) of about
     * {@code total / partitions} bytes each; a file counts at least 4 KiB, the cost of opening it.
     */
    static List<List<ListedFile>> pack(List<ListedFile> files, int partitions) {
        long openCost = 4096;
        long total = files.stream().mapToLong(f -> Math.max(openCost, f.size())).sum();
        long target = Math.max(1, (total + partitions - 1) / Math.max(1, partitions));
        List<List<ListedFile>> packed = new ArrayList<>();
        List<ListedFile> current = new ArrayList<>();
        long bytes = 0;
        for (ListedFile file : files) {
            current.add(file);
            bytes += Math.max(openCost, file.size());
            if (bytes >= target) {
                packed.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!current.isEmpty()) {
            packed.add(current);
        }
        return packed;
    }
}
