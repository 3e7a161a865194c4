package org.corpuslint.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark, not a test: the Spark side of {@code scripts/spark-benchmark.sh}, the job in
 * {@code local[2]} (or {@code -Dspark.master}). Arguments: input, output, format ({@code txt},
 * {@code jsonl}), configuration file, partitions (0: the job's default). Prints what it found
 * ({@link FindingDigest}), the phases and how the rules pass divided over partitions.
 */
public final class SparkScaleRun {

    private SparkScaleRun() {}

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder()
                .master(System.getProperty("spark.master", "local[2]"))
                .appName("corpus-lint-benchmark").config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", args[1] + "-warehouse").getOrCreate();
        try {
            long started = System.nanoTime();
            SparkLintOutcome outcome = SparkCorpusLint.run(spark, SparkLintOptions
                    .textFolder(args[0], args[1])
                    .withFormat(InputFormat.valueOf(args[2].toUpperCase(java.util.Locale.ROOT)))
                    .withConfigFile(args[3])
                    .withMinPartitions(args.length > 4 ? Integer.parseInt(args[4]) : 0)
                    .withReports(List.of("sarif", "json")).withFailOn(null));
            System.out.printf("spark %s: %.1f s; %s%n", spark.sparkContext().master(),
                    (System.nanoTime() - started) / 1e9, FindingDigest.describe(outcome.result()));
            System.out.println("phases (driver wall ms): " + outcome.phaseMillis());
            System.out.println("rules pass: " + outcome.work().describe());
            System.out.print(outcome.work().table());
        } finally {
            spark.stop();
        }
    }
}
