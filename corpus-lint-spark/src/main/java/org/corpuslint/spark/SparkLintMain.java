package org.corpuslint.spark;

import org.apache.spark.sql.SparkSession;
import org.corpuslint.engine.CorpusLintException;

/**
 * {@code spark-submit} entry point: lints the corpus, prints a summary, and exits with status 1
 * when findings reach {@code --fail-on}, 2 on a usage or configuration error (see
 * docs/spark.md).
 */
public final class SparkLintMain {

    private SparkLintMain() {}

    public static void main(String[] args) {
        SparkLintOptions options;
        try {
            options = SparkLintArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("corpus-lint: " + e.getMessage());
            System.err.println(SparkLintArguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("corpus-lint").getOrCreate();
        int status;
        try {
            SparkLintOutcome outcome = SparkCorpusLint.run(spark, options);
            System.out.println("corpus-lint: " + outcome.result().documentCount() + " documents, "
                    + outcome.result().findings().size() + " findings "
                    + outcome.result().countBySeverity() + "; " + outcome.work().describe());
            System.out.println("corpus-lint: findings in " + options.output() + "/"
                    + SparkCorpusLint.PARQUET + " and " + options.output() + "/"
                    + SparkCorpusLint.JSON_LINES);
            if (outcome.failed()) {
                System.err.println("corpus-lint: " + outcome.failingFindings()
                        + " findings at or above " + options.failOn().label());
            }
            status = outcome.failed() ? 1 : 0;
        } catch (CorpusLintException e) {
            System.err.println("corpus-lint: " + e.getMessage());
            status = 2;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }
}
