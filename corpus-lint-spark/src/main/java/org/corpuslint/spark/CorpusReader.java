package org.corpuslint.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.corpuslint.engine.LintConfig;

/**
 * Reads a corpus into {@link CorpusRecord}s: one per file of a {@code .txt} or JSON Lines corpus
 * (the tasks read the files with the core's reader), one per row of a Parquet table.
 */
final class CorpusReader {

    private CorpusReader() {}

    static JavaRDD<CorpusRecord> read(SparkSession spark, SparkLintOptions options,
            LintConfig config) {
        return switch (options.format()) {
            case TXT -> TextFolderReader.read(spark, options.input(), options.minPartitions(),
                    config, false);
            case JSONL -> TextFolderReader.read(spark, options.input(), options.minPartitions(),
                    config, true);
            case PARQUET -> spread(RecordReader.read(spark.read().parquet(options.input()),
                    options.fields()), options.minPartitions(), spark);
        };
    }

    /**
     * Spark splits Parquet files by size (128 MB by default): a smaller corpus would be one
     * task. Spread the records over the wanted partitions (three per core by default).
     */
    private static JavaRDD<CorpusRecord> spread(JavaRDD<CorpusRecord> records,
            int minPartitions, SparkSession spark) {
        int wanted = minPartitions > 0 ? minPartitions
                : 3 * spark.sparkContext().defaultParallelism();
        return records.getNumPartitions() >= wanted ? records : records.repartition(wanted);
    }
}
