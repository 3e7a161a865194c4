package org.corpuslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ConsoleReport;
import org.corpuslint.report.GithubAnnotations;
import org.corpuslint.run.CacheFileSetting;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.run.StreamedCheckOutcome;
import org.corpuslint.run.CheckRequest;
import org.corpuslint.run.ViolationBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-lint check [CORPUS]}: lints the corpus through the core's
 * {@link CheckExecutor}, as the plugin's {@code check} goal does, prints the findings in the
 * chosen format, and exits 1 when findings at or above {@code --fail-on} exceed the budget.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lint the corpus and print the findings.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LintOptions lint;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), github (Actions annotations), gitlab (code"
                    + " quality report), sarif, json, checkstyle or html.")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the sarif, json, checkstyle, html or gitlab report to FILE"
                    + " instead of standard output.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "The least severity that fails: error (default), warning, info, or"
                    + " none to never fail.")
    private String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings, neither reported nor counted (default:"
                    + " corpus-lint-baseline.json in the current folder, when it exists).")
    private Path baseline;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep per-file findings and corpus statistics in FILE (outside the"
                    + " corpus) and re-check only the files whose findings can have changed;"
                    + " the findings equal a full run's.")
    private Path cache;

    @Option(names = "--allow-empty", paramLabel = "BOOLEAN", arity = "0..1",
            fallbackValue = "true",
            description = "Pass when no document is linted (by default that is an error).")
    private Boolean allowEmpty;

    @Option(names = "--max-allowed-violations", paramLabel = "N", defaultValue = "0",
            description = "Findings at or above --fail-on tolerated before failing.")
    private int maxAllowedViolations;

    @Option(names = "--max-allowed-errors", paramLabel = "N",
            description = "Errors tolerated; errors then count against this limit only.")
    private Integer maxAllowedErrors;

    @Option(names = "--max-allowed-warnings", paramLabel = "N",
            description = "Warnings tolerated; warnings then count against this limit only.")
    private Integer maxAllowedWarnings;

    @Option(names = "--max-allowed-infos", paramLabel = "N",
            description = "Info findings tolerated; they then count against this limit only.")
    private Integer maxAllowedInfos;

    @Option(names = "--html-max-texts", paramLabel = "N", defaultValue = "2000",
            description = "Documents the html report shows with their text: those with the"
                    + " most findings (default 2000); the others are listed with their counts.")
    private int htmlMaxTexts;

    @Option(names = "--rule-times",
            description = "Print each rule's share of the rules' CPU time after the summary,"
                    + " and add it to the json report.")
    private boolean ruleTimes;

    @Override
    public Integer call() throws IOException {
        if (output != null && !format.isFile()) {
            throw new CorpusLintException("--output: only a report format (sarif, json,"
                    + " checkstyle, html, gitlab) is written to a file; --format is "
                    + format.reportFormat());
        }
        LintTargets.Resolved resolved = LintTargets.resolve(lint);
        Path corpus = resolved.target().corpusRoot();
        if (output != null && resolved.target().wouldWriteInside(output)) {
            throw new CorpusLintException("--output: " + output.toAbsolutePath().normalize()
                    + " lies inside the corpus directory " + corpus
                    + "; corpus-lint never writes reports into the corpus");
        }
        if (cache != null && resolved.target().wouldWriteInside(cache)) {
            throw new CorpusLintException("--cache: " + cache.toAbsolutePath().normalize()
                    + " lies inside the corpus directory " + corpus
                    + "; corpus-lint never writes its cache into the corpus");
        }
        Path reportFolder = Files.createTempDirectory("corpus-lint-report");
        try {
            notNegative(htmlMaxTexts, "--html-max-texts");
            CheckRequest request = new CheckRequest(resolved.target(), reportFolder,
                    format.isReportFile() ? List.of(format.reportFormat()) : List.of(),
                    failOnSeverity(), budget(), baselineFile(),
                    resolved.allowEmpty(allowEmpty)).withMaxEmbeddedTexts(htmlMaxTexts)
                    .withRuleTimes(ruleTimes)
                    .withCacheFile(cache != null ? cache.toAbsolutePath().normalize()
                            : CacheFileSetting.fromFile(resolved.file(), resolved.target()));
            PrintWriter err = spec.commandLine().getErr();
            // Streamed: the findings are spooled to disk and read back for the output.
            try (StreamedCheckOutcome outcome = new CheckExecutor().executeStreaming(request,
                    notice -> {
                        err.println(notice);
                        err.flush();
                    })) {
                print(outcome, corpus);
                if (outcome.emptyRun() != null) {
                    throw new CorpusLintException(outcome.emptyRun());
                }
                if (outcome.failed()) {
                    spec.commandLine().getErr().println(
                            MavenWording.forCommandLine(outcome.failureMessage()));
                    return ExitCodes.FINDINGS;
                }
                return ExitCodes.CLEAN;
            }
        } finally {
            deleteFolder(reportFolder);
        }
    }

    private void print(StreamedCheckOutcome outcome, Path corpus) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DisplayPaths paths = switch (format) {
            case GITHUB -> CheckoutPaths.forCorpus(corpus, CheckoutPaths.GITHUB);
            case GITLAB -> CheckoutPaths.forCorpus(corpus, CheckoutPaths.GITLAB);
            default -> DisplayPaths.fromWorkingDirectory(corpus);
        };
        ConsoleReport console = new ConsoleReport(paths::show);
        // Machine-readable output owns standard output; the summary then goes to errors.
        PrintWriter summary = format == OutputFormat.HUMAN ? out : err;
        if (format.isReportFile()) {
            copyReport(outcome.reports().get(0), out);
        } else {
            // One pass over the spooled findings, as they come back in report order.
            try (FindingCursor findings = outcome.result().openFindings()) {
                switch (format) {
                    case HUMAN -> findings.forEachRemaining(f -> out.println(console.line(f)));
                    case GITHUB -> findings.forEachRemaining(
                            f -> out.println(GithubAnnotations.line(f, paths.show(f.path()))));
                    default -> writeGitlab(findings, paths, out);
                }
            }
        }
        out.flush();
        console.summary(outcome.result()).forEach(summary::println);
        if (ruleTimes) {
            ConsoleReport.ruleTimes(outcome.result().statistics()).forEach(summary::println);
        }
        console.fixHint(outcome.result())
                .ifPresent(hint -> summary.println(MavenWording.forCommandLine(hint)));
        if (outcome.baseline() != null) {
            outcome.baseline().summary().forEach(summary::println);
        }
        summary.flush();
    }

    private void writeGitlab(FindingCursor findings, DisplayPaths paths, PrintWriter out)
            throws IOException {
        if (output == null) {
            GitlabCodeQuality.write(findings, paths, out);
            out.println();
            return;
        }
        Path target = output.toAbsolutePath().normalize();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (java.io.Writer file = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            GitlabCodeQuality.write(findings, paths, file);
        }
    }

    private void copyReport(Path report, PrintWriter out) throws IOException {
        if (output == null) {
            out.print(Files.readString(report, StandardCharsets.UTF_8));
            return;
        }
        Path target = output.toAbsolutePath().normalize();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.copy(report, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Severity failOnSeverity() {
        try {
            return CheckRequest.parseFailOnSeverity(failOn);
        } catch (IllegalArgumentException e) {
            throw new CorpusLintException("--fail-on: '" + failOn
                    + "' is not one of error, warning, info, none");
        }
    }

    private Path baselineFile() {
        if (baseline != null) {
            Path named = baseline.toAbsolutePath().normalize();
            if (!Files.isRegularFile(named)) {
                throw new CorpusLintException("--baseline: baseline file " + named
                        + " does not exist; write it with corpus-lint baseline");
            }
            return named;
        }
        Path fallback = Path.of(Baseline.DEFAULT_FILE_NAME).toAbsolutePath().normalize();
        return Files.isRegularFile(fallback) ? fallback : null;
    }

    private ViolationBudget budget() {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        limit(bySeverity, Severity.ERROR, maxAllowedErrors, "--max-allowed-errors");
        limit(bySeverity, Severity.WARNING, maxAllowedWarnings, "--max-allowed-warnings");
        limit(bySeverity, Severity.INFO, maxAllowedInfos, "--max-allowed-infos");
        notNegative(maxAllowedViolations, "--max-allowed-violations");
        return new ViolationBudget(maxAllowedViolations, bySeverity);
    }

    private static void limit(Map<Severity, Integer> limits, Severity severity, Integer max,
            String option) {
        if (max != null) {
            notNegative(max, option);
            limits.put(severity, max);
        }
    }

    private static void notNegative(int value, String option) {
        if (value < 0) {
            throw new CorpusLintException(option + ": '" + value
                    + "' is negative; use 0 or more");
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
