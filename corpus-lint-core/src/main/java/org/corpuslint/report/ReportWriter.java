package org.corpuslint.report;

import java.io.IOException;
import java.io.OutputStream;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunFindings;

/** Writes a run's findings in one file format, as a stream. */
public interface ReportWriter {

    /** The format's name as users select it ({@code sarif}, {@code json}, {@code html}, {@code checkstyle}). */
    String format();

    /** The file name written into the output directory. */
    String fileName();

    /**
     * Writes the report of {@code run}, reading its findings in passes
     * ({@link RunFindings#openFindings()}) rather than holding them, so that a run whose
     * findings are spooled to disk is written in memory that does not grow with them.
     */
    void write(RunFindings run, ReportContext context, OutputStream out) throws IOException;

    /** {@link #write(RunFindings, ReportContext, OutputStream)} of an in-memory result. */
    default void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        write((RunFindings) result, context, out);
    }
}
