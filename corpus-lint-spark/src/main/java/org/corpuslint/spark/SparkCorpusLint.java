package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;

/**
 * The corpus-lint check as a Spark job, from Java code that holds a {@link SparkSession}:
 *
 * <ol>
 *   <li>reads the corpus ({@link CorpusReader}) and the same {@code corpus-lint.yaml} a local
 *       run reads ({@link ConfigLocator});
 *   <li>counts the corpus statistics per partition and merges them ({@link DistributedProfile});
 *   <li>broadcasts settings and statistics, and runs the rules per partition, prepared once per
 *       JVM ({@link PreparedSessions});
 *   <li>writes one row per finding ({@link FindingRows}) as Parquet
 *       ({@code output/findings.parquet/}) and JSON Lines ({@code output/findings.jsonl/}), and
 *       the merged summary reports on the driver ({@link SummaryReports}).
 * </ol>
 *
 * <pre>{@code
 * SparkLintOutcome outcome = SparkCorpusLint.run(spark,
 *         SparkLintOptions.textFolder("hdfs:///corpora/news", "hdfs:///lint/news"));
 * if (outcome.failed()) { ... }
 * }</pre>
 */
public final class SparkCorpusLint {

    /** Parquet findings, below the output folder. */
    public static final String PARQUET = "findings.parquet";
    /** JSON Lines findings (Spark's part files), below the output folder. */
    public static final String JSON_LINES = "findings.jsonl";

    private SparkCorpusLint() {}

    public static SparkLintOutcome run(SparkSession spark, SparkLintOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ConfigSource config = ConfigLocator.locate(options, context.hadoopConfiguration());
        JavaRDD<CorpusRecord> records = CorpusReader.read(spark, options, config.config());

        PhaseTimes times = new PhaseTimes();
        CorpusProfile profile = DistributedProfile.count(context, records, config, times);
        Broadcast<LintPlan> plan = context.broadcast(new LintPlan(config, profile));
        times.done("broadcast");
        CollectionAccumulator<long[]> work = spark.sparkContext().collectionAccumulator(
                "corpus-lint partition work");
        JavaRDD<Row> rows = records.mapPartitionsWithIndex(
                (index, partition) -> lintPartition(index, partition, plan, work), false);

        Dataset<Row> findings = spark.createDataFrame(rows, FindingRows.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            findings.write().mode(SaveMode.Overwrite).parquet(options.output() + "/" + PARQUET);
            times.done("rules and Parquet");
            findings.write().mode(SaveMode.Overwrite).json(options.output() + "/" + JSON_LINES);
            times.done("JSON Lines");
            List<Finding> all = new ArrayList<>();
            for (Row row : findings.collectAsList()) {
                all.add(FindingRows.finding(row));
            }
            all.sort(Finding.REPORT_ORDER);
            PartitionWork divided = divided(work.value());
            // The rules and their metadata, as a local run lists them (on the driver, the
            // session is prepared once more unless it shares a JVM with an executor).
            LintResult rules = PreparedSessions.of(plan).lintAll();
            LintResult result = new LintResult(all, (int) divided.totalDocuments(),
                    rules.rules(), rules.duplicateClusters());
            SummaryReports.write(result, options, context.hadoopConfiguration());
            times.done("summary");
            return new SparkLintOutcome(result, divided, options.failOn(), times.millis());
        } finally {
            findings.unpersist();
            plan.destroy();
        }
    }

    private static Iterator<Row> lintPartition(int index, Iterator<CorpusRecord> partition,
            Broadcast<LintPlan> plan, CollectionAccumulator<long[]> work) {
        long started = System.nanoTime();
        LintSession session = PreparedSessions.of(plan);
        List<Row> rows = new ArrayList<>();
        long documents = 0;
        long bytes = 0;
        while (partition.hasNext()) {
            CorpusRecord record = partition.next();
            bytes += record.bytes();
            LintResult result = record.lint(session);
            for (Finding finding : result.findings()) {
                rows.add(FindingRows.row(finding));
            }
            documents += result.documentCount();
        }
        work.add(new long[] {index, documents, bytes, rows.size(),
                (System.nanoTime() - started) / 1_000_000});
        return rows.iterator();
    }

    /** One entry per partition (a recomputed partition reports twice: keep one). */
    private static PartitionWork divided(List<long[]> reported) {
        TreeMap<Long, long[]> byPartition = new TreeMap<>();
        for (long[] entry : reported) {
            byPartition.put(entry[0], entry);
        }
        List<Long> documents = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        List<Long> findings = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        for (long[] entry : byPartition.values()) {
            documents.add(entry[1]);
            bytes.add(entry[2]);
            findings.add(entry[3]);
            millis.add(entry[4]);
        }
        return new PartitionWork(documents, bytes, findings, millis);
    }
}
