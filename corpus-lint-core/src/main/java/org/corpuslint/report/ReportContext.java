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
 */
public record ReportContext(Path corpusRoot, DocumentTexts texts) {

    public ReportContext {
        Objects.requireNonNull(texts, "texts");
    }

    /** Texts are read from {@code corpusRoot} as UTF-8 (none for {@code null}). */
    public ReportContext(Path corpusRoot) {
        this(corpusRoot, corpusRoot == null ? DocumentTexts.none()
                : DocumentTexts.fromFolder(corpusRoot, StandardCharsets.UTF_8));
    }
}
