package org.corpuslint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpuslint.model.Severity;
import org.junit.jupiter.api.Test;

/** The spark-submit command line; no Spark needed. */
class SparkLintArgumentsTest {

    @Test
    void defaultsAreATextFolderWithSarifAndJsonFailingOnErrors() {
        SparkLintOptions options = SparkLintArguments.parse(
                new String[] {"--input", "hdfs:///news", "--output", "/tmp/out"});
        assertEquals(SparkLintOptions.textFolder("hdfs:///news", "/tmp/out"), options);
        assertEquals(List.of("sarif", "json"), options.reports());
        assertEquals(Severity.ERROR, options.failOn());
    }

    @Test
    void everyOptionIsRead() {
        SparkLintOptions options = SparkLintArguments.parse(new String[] {"--input", "in",
            "--output", "out", "--format", "JSONL", "--config", "c.yaml", "--text-field", "body",
            "--id-field", "url", "--date-field", "published", "--source-field", "site",
            "--partitions", "40", "--reports", "none", "--fail-on", "none"});
        assertEquals(new SparkLintOptions("in", InputFormat.JSONL, "out", "c.yaml",
                new FieldNames("body", "url", "published", "site"), 40, List.of(), null),
                options);
        assertNull(options.failOn());
    }

    @Test
    void mistakesAreUsageErrors() {
        assertEquals("--input and --output are required", assertThrows(
                IllegalArgumentException.class,
                () -> SparkLintArguments.parse(new String[] {"--input", "in"})).getMessage());
        assertEquals("unknown option --colour", assertThrows(IllegalArgumentException.class,
                () -> SparkLintArguments.parse(new String[] {"--colour", "red"})).getMessage());
        assertEquals("unknown input format 'csv': use txt, jsonl or parquet", assertThrows(
                IllegalArgumentException.class, () -> SparkLintArguments.parse(
                        new String[] {"--format", "csv"})).getMessage());
    }
}
