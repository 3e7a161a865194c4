package org.corpuslint.report;

import java.nio.file.Path;

/**
 * What report writers need to know besides the findings.
 *
 * @param corpusRoot the corpus folder, absolute; finding paths are relative to it ({@code null}
 *     for in-memory documents)
 */
public record ReportContext(Path corpusRoot) {}
