package org.corpuslint.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.corpuslint.engine.LintConfig;

/** Reads a corpus into one {@link CorpusRecord} per article. */
final class CorpusReader {

    private CorpusReader() {}

    static JavaRDD<CorpusRecord> read(SparkSession spark, SparkLintOptions options,
            LintConfig config) {
        return switch (options.format()) {
            case TXT -> TextFolderReader.read(spark, options.input(), options.minPartitions(),
                    config);
            case JSONL -> spread(RecordReader.read(spark.read().schema(
                    RecordReader.schema(options.fields())).json(options.input()),
                    options.fields()), options.minPartitions(), spark);
            case PARQUET -> spread(RecordReader.read(spark.read().parquet(options.input()),
                    options.fields()), options.minPartitions(), spark);
        };
    }

    /**
     * Spark splits record files by size (128 MB by default): a smaller corpus would be one
     * task. Spread the records over the wanted partitions (three per core by default).
     */
    private static JavaRDD<CorpusRecord> spread(JavaRDD<CorpusRecord> records,
            int minPartitions, SparkSession spark) {
        int wanted = minPartitions > 0 ? minPartitions
                : 3 * spark.sparkContext().defaultParallelism();
        return records.getNumPartitions() >= wanted ? records : records.repartition(wanted);
    }
}
