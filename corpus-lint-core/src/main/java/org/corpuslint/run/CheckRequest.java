package org.corpuslint.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ReportContext;

/**
 * One {@code check} as a build tool asks for it.
 *
 * @param corpusRoot the corpus folder
 * @param config the lint configuration
 * @param outputDirectory where the reports go
 * @param formats the report formats to write
 * @param failOnSeverity the least severity that fails the check, or {@code null} to never fail
 * @param budget how many findings are tolerated before the check fails
 * @param baselineFile a baseline whose findings are neither reported nor counted, or
 *     {@code null}
 * @param allowEmpty whether a run that lints no document passes; by default it fails
 *     ({@link EmptyRun})
 * @param maxEmbeddedTexts how many documents the HTML report shows with their text (those
 *     with the most findings; {@link ReportContext#DEFAULT_MAX_EMBEDDED_TEXTS} by default)
 * @param ruleTimes whether the JSON report gives each rule's share of the CPU time
 * @param cacheFile the cache of an incremental run, outside the corpus, or {@code null} for a
 *     full run without one ({@link org.corpuslint.engine.IncrementalCheck})
 */
public record CheckRequest(Path corpusRoot, LintConfig config, Path outputDirectory,
        List<String> formats, Severity failOnSeverity, ViolationBudget budget,
        Path baselineFile, boolean allowEmpty, int maxEmbeddedTexts, boolean ruleTimes,
        Path cacheFile) {

    public CheckRequest(Path corpusRoot, LintConfig config, Path outputDirectory,
            List<String> formats, Severity failOnSeverity, ViolationBudget budget,
            Path baselineFile, boolean allowEmpty) {
        this(corpusRoot, config, outputDirectory, formats, failOnSeverity, budget, baselineFile,
                allowEmpty, ReportContext.DEFAULT_MAX_EMBEDDED_TEXTS, false, null);
    }

    public CheckRequest(Path corpusRoot, LintConfig config, Path outputDirectory,
            List<String> formats, Severity failOnSeverity, ViolationBudget budget,
            Path baselineFile) {
        this(corpusRoot, config, outputDirectory, formats, failOnSeverity, budget, baselineFile,
                false);
    }

    public CheckRequest(Path corpusRoot, LintConfig config, Path outputDirectory,
            List<String> formats, Severity failOnSeverity) {
        this(corpusRoot, config, outputDirectory, formats, failOnSeverity, ViolationBudget.NONE,
                null);
    }

    /** A check of {@code target}: the corpus and configuration fix and baseline take too. */
    public CheckRequest(LintTarget target, Path outputDirectory, List<String> formats,
            Severity failOnSeverity, ViolationBudget budget, Path baselineFile,
            boolean allowEmpty) {
        this(target.corpusRoot(), target.config(), outputDirectory, formats, failOnSeverity,
                budget, baselineFile, allowEmpty);
    }

    public CheckRequest {
        Objects.requireNonNull(corpusRoot, "corpusRoot");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        formats = List.copyOf(formats);
        Objects.requireNonNull(budget, "budget");
        if (maxEmbeddedTexts < 0) {
            throw new IllegalArgumentException("maxEmbeddedTexts is " + maxEmbeddedTexts
                    + ", expected 0 or more");
        }
    }

    /** The corpus and its configuration. */
    public LintTarget target() {
        return new LintTarget(corpusRoot, config);
    }

    /** This request, with a run that lints no document passing ({@code true}) or failing. */
    public CheckRequest withAllowEmpty(boolean allow) {
        return new CheckRequest(corpusRoot, config, outputDirectory, formats, failOnSeverity,
                budget, baselineFile, allow, maxEmbeddedTexts, ruleTimes, cacheFile);
    }

    /** This request, with the HTML report showing the text of at most {@code max} documents. */
    public CheckRequest withMaxEmbeddedTexts(int max) {
        return new CheckRequest(corpusRoot, config, outputDirectory, formats, failOnSeverity,
                budget, baselineFile, allowEmpty, max, ruleTimes, cacheFile);
    }

    /** This request, with ({@code true}) or without the rules' CPU times in the JSON report. */
    public CheckRequest withRuleTimes(boolean times) {
        return new CheckRequest(corpusRoot, config, outputDirectory, formats, failOnSeverity,
                budget, baselineFile, allowEmpty, maxEmbeddedTexts, times, cacheFile);
    }

    /** This request with an incremental run's cache file ({@code null} for none). */
    public CheckRequest withCacheFile(Path file) {
        return new CheckRequest(corpusRoot, config, outputDirectory, formats, failOnSeverity,
                budget, baselineFile, allowEmpty, maxEmbeddedTexts, ruleTimes, file);
    }

    /** Parses {@code error|warning|info|none}; {@code none} gives {@code null}. */
    public static Severity parseFailOnSeverity(String text) {
        if (text != null && text.trim().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOnSeverity is '" + text
                    + "', expected error, warning, info or none");
        }
    }
}
