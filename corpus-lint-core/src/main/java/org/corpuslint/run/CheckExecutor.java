package org.corpuslint.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.corpuslint.engine.IncrementalCheck;
import org.corpuslint.engine.LintSession;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.report.ToolInfo;
import org.corpuslint.engine.LintResult;
import org.corpuslint.report.DocumentTexts;
import org.corpuslint.report.KeptTexts;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriters;

/**
 * Runs a check the way every front end (the Maven plugin, a pipeline) does it: lint, write the
 * reports, count what fails the build. Front ends only translate parameters and print.
 */
public final class CheckExecutor {

    /**
     * Removes the previous run's reports first: if this run then fails (a configuration error,
     * an exception, running out of memory, the process killed), no earlier report is left to
     * pass for this one.
     */
    public CheckOutcome execute(CheckRequest request) {
        return execute(request, notice -> {});
    }

    /**
     * {@link #execute(CheckRequest)}, telling {@code notices} how an incremental run used its
     * cache.
     *
     * @throws IllegalArgumentException when the cache file would be written inside the corpus
     */
    public CheckOutcome execute(CheckRequest request, Consumer<String> notices) {
        Path root = request.corpusRoot().toAbsolutePath().normalize();
        Path output = request.outputDirectory().toAbsolutePath().normalize();
        if (request.cacheFile() != null && request.target().wouldWriteInside(request.cacheFile())) {
            throw new IllegalArgumentException("the cache file " + request.cacheFile()
                    + " would be written inside the corpus " + root + "; choose a file outside it");
        }
        if (!output.startsWith(root)) { // never delete inside the corpus
            ReportWriters.removeReports(output);
        }
        // Validate formats before the (long) run, so a typo in the configuration fails fast.
        request.formats().forEach(ReportWriters::forFormat);
        BaselineFilter baseline = BaselineFilter.forRequest(request);
        // The HTML report's texts are kept during the run for the documents with the most
        // findings (a bounded number), so the corpus is not read a third time.
        KeptTexts kept = new KeptTexts(ReportContext.DEFAULT_MAX_EMBEDDED_TEXTS);
        RunObserver observer = baseline.observer().andThen(kept);
        LintResult result = baseline.filter(request.cacheFile() == null
                ? LintSession.open(request.corpusRoot(), request.config()).lintAll(observer)
                : new IncrementalCheck(request.corpusRoot(), request.config(),
                        request.cacheFile(), ToolInfo.version(), notices).run(observer));
        ReportContext context = new ReportContext(root,
                kept.orElse(DocumentTexts.fromFolder(root, request.config().charset(),
                        request.config().followLinks(), request.config().maxFileSize())));
        List<Path> reports = ReportWriters.writeAll(result, context, request.formats(),
                request.outputDirectory());
        long failing = request.failOnSeverity() == null
                ? 0 : result.countAtLeast(request.failOnSeverity());
        String emptyRun = EmptyRun.isEmpty(result) && !request.allowEmpty()
                ? EmptyRun.message(request.corpusRoot(), request.config()) : null;
        return new CheckOutcome(result, reports, failing, request.failOnSeverity(),
                request.budget(), baseline.comparison(), emptyRun);
    }
}
