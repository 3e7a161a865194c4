package org.corpuslint.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corpuslint.baseline.BaselineMatcher;
import org.corpuslint.baseline.FindingFingerprints;
import org.corpuslint.baseline.Fingerprint;
import org.corpuslint.engine.IncrementalCheck;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.report.ToolInfo;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.engine.RunSummary;
import org.corpuslint.model.Finding;
import org.corpuslint.report.DocumentTexts;
import org.corpuslint.report.KeptTexts;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriters;

/**
 * Runs a check the way every front end (the Maven plugin, a pipeline) does it: lint, write the
 * reports, count what fails the build. Front ends only translate parameters and print.
 * {@link #execute} holds the findings in memory ({@link CheckOutcome#result()});
 * {@link #executeStreaming} spools them to disk as documents are checked and keeps only counts,
 * for corpora of any size; both write the same reports.
 */
public final class CheckExecutor {

    private final int spoolBuffer;

    public CheckExecutor() {
        this(FindingSpool.DEFAULT_BUFFER);
    }

    /** With a spool that spills to disk every {@code spoolBuffer} findings (for tests). */
    CheckExecutor(int spoolBuffer) {
        this.spoolBuffer = spoolBuffer;
    }

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
        Path root = prepare(request);
        BaselineFilter baseline = BaselineFilter.forRequest(request);
        // The HTML report's texts are kept during the run for the documents with the most
        // findings (a bounded number), so the corpus is not read a third time.
        KeptTexts kept = keptTexts(request);
        LintResult result = baseline.filter(lint(request, baseline.observer().andThen(kept),
                notices));
        List<Path> reports = ReportWriters.writeAll(result, context(request, root, kept),
                request.formats(), request.outputDirectory());
        long failing = request.failOnSeverity() == null
                ? 0 : result.countAtLeast(request.failOnSeverity());
        return new CheckOutcome(result, reports, failing, request.failOnSeverity(),
                request.budget(), baseline.comparison(), emptyRun(request, result));
    }

    /**
     * As {@link #execute}, but each document's findings go to a spool on disk as soon as it
     * is checked (an external merge sort keeps report order), a baseline filters them file by
     * file as they are read back, and the writers read them in passes: memory holds counts and
     * a bounded buffer, never the run's findings. Close the outcome to delete the spool.
     */
    public StreamedCheckOutcome executeStreaming(CheckRequest request) {
        return executeStreaming(request, notice -> {});
    }

    /**
     * {@link #executeStreaming(CheckRequest)}, telling {@code notices} how an incremental run
     * used its cache. An incremental run spools its findings (cached and new) file by file as
     * a full run does; with a baseline, it holds their fingerprints until it ends (the cache
     * keeps no text to fingerprint them from when they are spooled).
     *
     * @throws IllegalArgumentException when the cache file would be written inside the corpus
     */
    public StreamedCheckOutcome executeStreaming(CheckRequest request,
            Consumer<String> notices) {
        Path root = prepare(request);
        BaselineFilter baseline = BaselineFilter.forRequest(request);
        KeptTexts kept = keptTexts(request);
        FindingSpool spool = new FindingSpool(spoolBuffer);
        try {
            RunSummary summary = request.cacheFile() == null
                    ? spoolFullRun(request, baseline, kept, spool)
                    : spoolIncrementalRun(request, baseline, kept, spool, notices);
            spool.finish();
            FindingSpool reported = spool;
            BaselineMatcher matcher = baseline.matcher();
            if (matcher != null) {
                reported = filtered(spool, matcher);
                spool.close();
            }
            RunFindings result = new SpooledFindings(summary, reported);
            List<Path> reports = ReportWriters.writeAll(result, context(request, root, kept),
                    request.formats(), request.outputDirectory());
            return new StreamedCheckOutcome(result, reports, request.failOnSeverity(),
                    request.budget(), matcher == null ? null : matcher.finish(),
                    emptyRun(request, result), reported);
        } catch (RuntimeException | Error e) {
            spool.close();
            throw e;
        }
    }

    /** Lints the whole corpus, fingerprinting findings while their document is in memory. */
    private static RunSummary spoolFullRun(CheckRequest request, BaselineFilter baseline,
            KeptTexts kept, FindingSpool spool) {
        boolean fingerprint = baseline.active();
        return LintSession.open(request.corpusRoot(), request.config())
                .lintAll(kept, (document, findings) -> spool.add(findings, !fingerprint
                        ? null : findings.stream()
                                .map(f -> FindingFingerprints.fingerprint(document, f))
                                .toList()));
    }

    /**
     * Re-checks what changed: the cache keeps no text, so the fingerprints are those the
     * baseline's observer took while the documents with findings were read.
     */
    private static RunSummary spoolIncrementalRun(CheckRequest request,
            BaselineFilter baseline, KeptTexts kept, FindingSpool spool,
            Consumer<String> notices) {
        return incremental(request, notices).run(baseline.observer().andThen(kept),
                (document, findings) -> spool.add(findings, baseline.fingerprintsOf(findings)));
    }

    /** The findings of {@code spool} not in the baseline, one file's findings at a time. */
    private FindingSpool filtered(FindingSpool spool, BaselineMatcher matcher) {
        FindingSpool kept = new FindingSpool(spoolBuffer);
        try (FindingSpool.EntryCursor entries = spool.open()) {
            List<FindingSpool.Entry> file = new ArrayList<>();
            while (entries.hasNext() || !file.isEmpty()) {
                FindingSpool.Entry next = entries.hasNext() ? entries.next() : null;
                if (next != null && (file.isEmpty()
                        || file.get(0).finding().path().equals(next.finding().path()))) {
                    file.add(next);
                    continue;
                }
                keepNew(file, matcher, kept);
                file.clear();
                if (next != null) {
                    file.add(next);
                }
            }
        } catch (RuntimeException | Error e) {
            kept.close();
            throw e;
        }
        kept.finish();
        return kept;
    }

    private static void keepNew(List<FindingSpool.Entry> file, BaselineMatcher matcher,
            FindingSpool kept) {
        java.util.Map<Finding, Fingerprint> prints = new java.util.IdentityHashMap<>();
        List<Finding> findings = new ArrayList<>(file.size());
        for (FindingSpool.Entry entry : file) {
            prints.put(entry.finding(), entry.fingerprint());
            findings.add(entry.finding());
        }
        kept.add(matcher.newFindings(findings, prints::get), null);
    }

    /** A full run, or an incremental one when the request names a cache file. */
    private static LintResult lint(CheckRequest request, RunObserver observer,
            Consumer<String> notices) {
        return request.cacheFile() == null
                ? LintSession.open(request.corpusRoot(), request.config()).lintAll(observer)
                : incremental(request, notices).run(observer);
    }

    private static IncrementalCheck incremental(CheckRequest request, Consumer<String> notices) {
        return new IncrementalCheck(request.corpusRoot(), request.config(), request.cacheFile(),
                ToolInfo.version(), notices);
    }

    private static Path prepare(CheckRequest request) {
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
        return root;
    }

    /** Texts are kept only for an HTML report, which shows them. */
    private static KeptTexts keptTexts(CheckRequest request) {
        boolean html = request.formats().stream()
                .anyMatch(f -> ReportWriters.forFormat(f).format().equals("html"));
        return new KeptTexts(html ? request.maxEmbeddedTexts() : 0);
    }

    private static ReportContext context(CheckRequest request, Path root, KeptTexts kept) {
        return new ReportContext(root,
                kept.orElse(DocumentTexts.fromFolder(root, request.config().charset(),
                        request.config().followLinks(), request.config().maxFileSize())),
                request.maxEmbeddedTexts(), request.ruleTimes());
    }

    private static String emptyRun(CheckRequest request, RunFindings result) {
        return result.documentCount() == 0 && !request.allowEmpty()
                ? EmptyRun.message(request.corpusRoot(), request.config()) : null;
    }
}
