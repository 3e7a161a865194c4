package org.corpuslint.run;

import java.nio.file.Path;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;

/**
 * A run that linted no document. It must not pass silently: a typo in {@code includes}, an
 * {@code excludes: **} or an empty folder would turn a CI gate into one that never fails. It
 * passes only when the user says an empty corpus is expected ({@code allowEmpty}).
 */
public final class EmptyRun {

    private EmptyRun() {}

    /** Whether {@code result} considered no file at all. */
    public static boolean isEmpty(LintResult result) {
        return result.documentCount() == 0;
    }

    /** The failure message, naming the folder and the patterns that selected nothing. */
    public static String message(Path corpusRoot, LintConfig config) {
        return "corpus-lint linted no document: no file under "
                + corpusRoot.toAbsolutePath().normalize() + " matches includes "
                + config.includes() + " and excludes " + config.excludes()
                + "; correct the patterns or the folder, or set allowEmpty=true if an empty"
                + " corpus is expected";
    }
}
