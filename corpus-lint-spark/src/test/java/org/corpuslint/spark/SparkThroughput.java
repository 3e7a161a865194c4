package org.corpuslint.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintResult;

/**
 * Benchmark, not a test: lints a generated corpus of N articles with the single-JVM engine and
 * with the Spark job in {@code local[2]}, and prints both throughputs, whether the findings are
 * equal, and how the rules pass divided over partitions. Arguments: articles (default 100000),
 * corpus folder (generated when missing), partitions (default 0: three per core). Run as
 * described in docs/spark.md.
 */
public final class SparkThroughput {

    private SparkThroughput() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path corpus = Path.of(args.length > 1 ? args[1] : "target/throughput-corpus-" + count);
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (!Files.isDirectory(corpus)) {
            long bytes = 0;
            for (Map.Entry<String, String> article : SyntheticArticles.generate(count, 42)
                    .entrySet()) {
                Path file = corpus.resolve(article.getKey());
                Files.createDirectories(file.getParent());
                byte[] text = article.getValue().getBytes(StandardCharsets.UTF_8);
                Files.write(file, text);
                bytes += text.length;
            }
            Files.writeString(corpus.resolve(ConfigFile.FILE_NAME),
                    "rules:\n  missing-date: { options: { referenceDate: 2024-07-01 } }\n");
            System.out.printf("generated %d articles, %.1f MB, in %s%n", count, bytes / 1e6,
                    corpus);
        }

        long started = System.nanoTime();
        LintResult local = CorpusLinter.forCorpus(corpus).lintDirectory(corpus);
        double localSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("single JVM (%d threads): %d documents, %d findings in %.1f s = %.0f"
                + " documents/s%n", Runtime.getRuntime().availableProcessors(),
                local.documentCount(), local.findings().size(), localSeconds,
                local.documentCount() / localSeconds);

        SparkSession spark = SparkSession.builder().master("local[2]")
                .appName("corpus-lint-throughput").config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse").getOrCreate();
        try {
            Path output = Files.createTempDirectory("corpus-lint-spark-throughput");
            started = System.nanoTime();
            SparkLintOutcome outcome = SparkCorpusLint.run(spark, SparkLintOptions
                    .textFolder(corpus.toString(), output.toString())
                    .withMinPartitions(partitions).withReports(List.of("sarif", "json")));
            double sparkSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("spark local[2]: %d documents, %d findings in %.1f s = %.0f"
                    + " documents/s (statistics pass, rules pass, Parquet, JSON Lines and"
                    + " summary reports)%n", outcome.result().documentCount(),
                    outcome.result().findings().size(), sparkSeconds,
                    outcome.result().documentCount() / sparkSeconds);
            System.out.println("findings equal to the single JVM's: "
                    + local.findings().equals(outcome.result().findings()));
            System.out.println("rules pass: " + outcome.work().describe());
            System.out.println("phases (driver wall time, ms): " + outcome.phaseMillis());
        } finally {
            spark.stop();
        }
    }
}
