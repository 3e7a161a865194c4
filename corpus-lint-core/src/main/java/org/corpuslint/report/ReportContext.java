package org.corpuslint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What report writers need to know besides the findings.
 *
 * @param corpusRoot the corpus folder, absolute; finding paths are relative to it ({@code null}
 *     for in-memory documents)
 * @param texts where writers that show document text read it
 * @param maxEmbeddedTexts how many documents the HTML report shows with their text and findings
 *     in place: those with the most findings; the others are listed by path and counts
 * @param ruleTimes whether the JSON report gives each rule's CPU time (it varies from run to
 *     run, so a report without it stays the same for the same corpus)
 */
public record ReportContext(Path corpusRoot, DocumentTexts texts, int maxEmbeddedTexts,
        boolean ruleTimes) {

    /**
     * About 2,000 news articles of 4-5 KB with their findings make 10-15 MB of page, leaving
     * room under ~30 MB for long articles and the list of documents without text.
     */
    public static final int DEFAULT_MAX_EMBEDDED_TEXTS = 2_000;

    public ReportContext {
        Objects.requireNonNull(texts, "texts");
        if (maxEmbeddedTexts < 0) {
            throw new IllegalArgumentException("maxEmbeddedTexts is negative: "
                    + maxEmbeddedTexts);
        }
    }

    /** Without rule times. */
    public ReportContext(Path corpusRoot, DocumentTexts texts, int maxEmbeddedTexts) {
        this(corpusRoot, texts, maxEmbeddedTexts, false);
    }

    /** With the default cap on embedded texts. */
    public ReportContext(Path corpusRoot, DocumentTexts texts) {
        this(corpusRoot, texts, DEFAULT_MAX_EMBEDDED_TEXTS);
    }

    /** Texts are read from {@code corpusRoot} as UTF-8 (none for {@code null}). */
    public ReportContext(Path corpusRoot) {
        this(corpusRoot, corpusRoot == null ? DocumentTexts.none()
                : DocumentTexts.fromFolder(corpusRoot, StandardCharsets.UTF_8));
    }

    /** This context with another cap on the documents the HTML report embeds. */
    public ReportContext withMaxEmbeddedTexts(int value) {
        return new ReportContext(corpusRoot, texts, value, ruleTimes);
    }

    /** This context with the rules' CPU times in the JSON report ({@code true}) or not. */
    public ReportContext withRuleTimes(boolean value) {
        return new ReportContext(corpusRoot, texts, maxEmbeddedTexts, value);
    }
}
