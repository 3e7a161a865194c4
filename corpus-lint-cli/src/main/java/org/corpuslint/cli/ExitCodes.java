package org.corpuslint.cli;

/**
 * The command's exit statuses, so that a script or CI step can tell findings from a broken
 * setup: status 1 alone means "the corpus has findings to look at".
 */
public final class ExitCodes {

    /** No finding at or above the threshold (or the command had nothing to judge). */
    public static final int CLEAN = 0;
    /** Findings at or above the threshold, beyond what the budget allows. */
    public static final int FINDINGS = 1;
    /** A bad option, a bad configuration file, a missing corpus folder, an empty run. */
    public static final int USAGE = 2;
    /** A defect of corpus-lint itself. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}
}
