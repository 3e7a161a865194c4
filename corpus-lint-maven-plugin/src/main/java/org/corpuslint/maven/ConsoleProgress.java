package org.corpuslint.maven;

import java.io.PrintStream;
import org.corpuslint.engine.BatchProgress;
import org.corpuslint.engine.ProgressListener;

/**
 * Shows "documents done / total" on an interactive terminal, rewriting one line in steps of
 * five percent and clearing it at the end; nor for small corpora, which finish before progress
 * would help. In batch mode ({@code -B}) or when the output goes to a file or a pipe, a
 * {@link BatchProgress} logs a plain line every few seconds instead (documents, rate, time
 * left), so a CI log shows a long run moving.
 */
final class ConsoleProgress implements ProgressListener {

    static final int MIN_DOCUMENTS = 200;
    private static final int STEP_PERCENT = 5;

    private final PrintStream out;
    private int lastStep = -1;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    /**
     * @param interactiveMode Maven's interactive mode ({@code false} under {@code -B})
     * @param terminalAttached whether standard input and output are a terminal
     */
    static ProgressListener choose(boolean interactiveMode, boolean terminalAttached,
            PrintStream out) {
        return interactiveMode && terminalAttached ? new ConsoleProgress(out) : ProgressListener.NONE;
    }

    /** As {@link #choose(boolean, boolean, PrintStream)}, with batch lines to {@code log}. */
    static ProgressListener choose(boolean interactiveMode, boolean terminalAttached,
            PrintStream out, java.util.function.Consumer<String> log) {
        return interactiveMode && terminalAttached ? new ConsoleProgress(out)
                : new BatchProgress(log);
    }

    static ProgressListener forCurrentTerminal(boolean interactiveMode,
            java.util.function.Consumer<String> log) {
        return choose(interactiveMode, System.console() != null, System.out, log);
    }

    @Override
    public synchronized void progress(String phase, int done, int total) {
        if (total < MIN_DOCUMENTS) {
            return;
        }
        int step = done * 100 / total / STEP_PERCENT;
        if (step == lastStep && done != total) {
            return;
        }
        lastStep = step;
        out.print("\rcorpus-lint " + phase + ": " + done + " / " + total + " documents");
        if (done == total) {
            out.print("\r\033[K"); // erase the progress line before the findings are logged
            lastStep = -1;
        }
        out.flush();
    }
}
