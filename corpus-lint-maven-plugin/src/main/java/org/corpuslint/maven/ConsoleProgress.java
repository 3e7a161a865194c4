package org.corpuslint.maven;

import org.corpuslint.engine.ProgressListener;

/**
 * Shows "documents done / total" on an interactive terminal, rewriting one line; prints nothing
 * when the output goes to a log or a pipe, so CI logs stay clean.
 */
final class ConsoleProgress implements ProgressListener {

    private static final int STEP_PERCENT = 5;
    private int lastShown = -1;

    static ProgressListener forCurrentTerminal() {
        return System.console() != null ? new ConsoleProgress() : ProgressListener.NONE;
    }

    @Override
    public synchronized void progress(String phase, int done, int total) {
        if (total < 200) {
            return;
        }
        int percent = done * 100 / total;
        if (percent / STEP_PERCENT == lastShown && done != total) {
            return;
        }
        lastShown = percent / STEP_PERCENT;
        System.out.print("\rcorpus-lint " + phase + ": " + done + " / " + total + " documents");
        if (done == total) {
            System.out.print("\r\033[K");
            lastShown = -1;
        }
        System.out.flush();
    }
}
