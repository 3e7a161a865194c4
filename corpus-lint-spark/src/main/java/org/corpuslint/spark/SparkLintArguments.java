package org.corpuslint.spark;

import java.util.Arrays;
import java.util.List;
import org.corpuslint.model.Severity;

/** The command line of {@link SparkLintMain}, as {@link SparkLintOptions}. */
final class SparkLintArguments {

    static final String USAGE = String.join("\n",
            "usage: spark-submit --class org.corpuslint.spark.SparkLintMain corpus-lint-spark-all.jar \\",
            "         --input <folder|files> --output <folder> [options]",
            "  --format txt|jsonl|parquet   how the corpus is stored (default txt)",
            "  --config <corpus-lint.yaml>  settings (default: the one in a txt corpus folder)",
            "  --text-field, --id-field, --date-field, --source-field <name>",
            "                               Parquet columns (defaults text, id, date, source;",
            "                               JSON Lines: jsonLines in corpus-lint.yaml)",
            "  --partitions <n>             partitions to pack a txt folder into (default 3 per core)",
            "  --reports sarif,json,html,checkstyle|none   summary reports (default sarif,json)",
            "  --fail-on error|warning|info|none           exit 1 at this severity (default error)");

    private SparkLintArguments() {}

    static SparkLintOptions parse(String[] args) {
        String input = null;
        String output = null;
        InputFormat format = InputFormat.TXT;
        String config = null;
        FieldNames fields = FieldNames.DEFAULTS;
        int partitions = 0;
        List<String> reports = List.of("sarif", "json");
        Severity failOn = Severity.ERROR;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--format" -> format = InputFormat.parse(value);
                case "--config" -> config = value;
                case "--text-field" -> fields = new FieldNames(value, fields.id(), fields.date(),
                        fields.source());
                case "--id-field" -> fields = new FieldNames(fields.text(), value, fields.date(),
                        fields.source());
                case "--date-field" -> fields = new FieldNames(fields.text(), fields.id(), value,
                        fields.source());
                case "--source-field" -> fields = new FieldNames(fields.text(), fields.id(),
                        fields.date(), value);
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--reports" -> reports = value.equals("none") ? List.of()
                        : Arrays.stream(value.split(",")).map(String::trim).toList();
                case "--fail-on" -> failOn = value.equals("none") ? null : Severity.parse(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        return new SparkLintOptions(input, format, output, config, fields, partitions,
                reports, failOn);
    }
}
