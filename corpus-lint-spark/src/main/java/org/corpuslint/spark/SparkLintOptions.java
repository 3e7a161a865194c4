package org.corpuslint.spark;

import java.util.List;
import java.util.Objects;
import org.corpuslint.model.Severity;

/**
 * One run of the Spark job.
 *
 * @param input the corpus: a folder of {@code .txt} files, or JSON Lines / Parquet files or
 *     folders; any Hadoop file system URI ({@code hdfs://}, {@code s3a://}, a local path)
 * @param format how the corpus is stored
 * @param output the folder for {@code findings.parquet/}, {@code findings.jsonl/} and the
 *     summary reports (the reports are written by the driver: a local or mounted path)
 * @param configFile {@code corpus-lint.yaml} to read, or {@code null} for the one in a
 *     {@code .txt} corpus folder, if any
 * @param fields the columns of Parquet input (JSON Lines input takes its field names from
 *     {@code jsonLines} in {@code corpus-lint.yaml}, as a local run)
 * @param minPartitions partitions to pack a {@code .txt} folder into (0: three per core)
 * @param reports summary report formats written on the driver ({@code sarif}, {@code json},
 *     {@code html}, {@code checkstyle}); empty for none
 * @param failOn the least severity that fails the run, or {@code null} never to fail
 */
public record SparkLintOptions(String input, InputFormat format, String output,
        String configFile, FieldNames fields, int minPartitions, List<String> reports,
        Severity failOn) {

    public SparkLintOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        fields = fields == null ? FieldNames.DEFAULTS : fields;
        reports = List.copyOf(reports);
    }

    /** A {@code .txt} folder with the defaults: SARIF and JSON summaries, failing on errors. */
    public static SparkLintOptions textFolder(String input, String output) {
        return new SparkLintOptions(input, InputFormat.TXT, output, null, FieldNames.DEFAULTS, 0,
                List.of("sarif", "json"), Severity.ERROR);
    }

    public SparkLintOptions withFormat(InputFormat value) {
        return new SparkLintOptions(input, value, output, configFile, fields, minPartitions,
                reports, failOn);
    }

    public SparkLintOptions withConfigFile(String value) {
        return new SparkLintOptions(input, format, output, value, fields, minPartitions, reports,
                failOn);
    }

    public SparkLintOptions withFields(FieldNames value) {
        return new SparkLintOptions(input, format, output, configFile, value, minPartitions,
                reports, failOn);
    }

    public SparkLintOptions withMinPartitions(int value) {
        return new SparkLintOptions(input, format, output, configFile, fields, value, reports,
                failOn);
    }

    public SparkLintOptions withReports(List<String> value) {
        return new SparkLintOptions(input, format, output, configFile, fields, minPartitions,
                value, failOn);
    }

    public SparkLintOptions withFailOn(Severity value) {
        return new SparkLintOptions(input, format, output, configFile, fields, minPartitions,
                reports, value);
    }
}
