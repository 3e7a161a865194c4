package org.corpuslint.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.model.Severity;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;

/**
 * Benchmark, not a test: the single-JVM side of {@code scripts/spark-benchmark.sh}, a check as
 * {@code mvn corpus-lint:check} runs it (SARIF and JSON reports, as the Spark job writes by
 * default). Arguments: corpus folder, configuration file, output folder. Prints what it found
 * ({@link FindingDigest}) and the wall seconds; CPU and memory come from {@code time -v}.
 */
public final class SingleJvmRun {

    private SingleJvmRun() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[2]).toAbsolutePath().normalize();
        Files.createDirectories(output);
        long started = System.nanoTime();
        CheckOutcome outcome = new CheckExecutor().execute(new CheckRequest(corpus,
                ConfigFile.load(Path.of(args[1])).config(), output, List.of("sarif", "json"),
                Severity.ERROR));
        System.out.printf("single JVM: %.1f s; %s%n", (System.nanoTime() - started) / 1e9,
                FindingDigest.describe(outcome.result()));
    }
}
