package org.corpuslint.run;

import java.nio.file.Path;

/**
 * What a {@code baseline} run wrote.
 *
 * @param baselineFile the file
 * @param findings the findings recorded in it
 * @param emptyRun the failure message of a run that linted no document when that is not
 *     allowed ({@link EmptyRun}; nothing was written), else {@code null}
 */
public record BaselineOutcome(Path baselineFile, int findings, String emptyRun) {

    public boolean failed() {
        return emptyRun != null;
    }

    /** {@code corpus-lint baseline: wrote 4 findings to <file>}, or the failure message. */
    public String summary() {
        return failed() ? emptyRun : "corpus-lint baseline: wrote " + findings
                + (findings == 1 ? " finding" : " findings") + " to " + baselineFile;
    }
}
