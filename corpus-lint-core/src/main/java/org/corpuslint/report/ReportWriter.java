package org.corpuslint.report;

import java.io.IOException;
import java.io.OutputStream;
import org.corpuslint.engine.LintResult;

/** Writes a run's findings in one file format. */
public interface ReportWriter {

    /** The format's name as users select it ({@code sarif}, {@code json}, {@code html}, {@code checkstyle}). */
    String format();

    /** The file name written into the output directory. */
    String fileName();

    void write(LintResult result, ReportContext context, OutputStream out) throws IOException;
}
