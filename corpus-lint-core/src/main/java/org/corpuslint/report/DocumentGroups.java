package org.corpuslint.report;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.model.Finding;

/**
 * A pass over a run's findings one document at a time: in report order a document's findings
 * follow each other, so only one document's are held.
 */
final class DocumentGroups implements AutoCloseable {

    private final FindingCursor findings;
    private Finding pending;

    DocumentGroups(FindingCursor findings) {
        this.findings = findings;
        this.pending = findings.hasNext() ? findings.next() : null;
    }

    /** The next document's findings, or {@code null} after the last. */
    List<Finding> next() {
        if (pending == null) {
            return null;
        }
        List<Finding> group = new ArrayList<>();
        String key = HtmlReportData.displayKey(pending);
        group.add(pending);
        pending = null;
        while (findings.hasNext()) {
            Finding f = findings.next();
            if (!HtmlReportData.displayKey(f).equals(key)) {
                pending = f;
                break;
            }
            group.add(f);
        }
        return group;
    }

    @Override
    public void close() {
        findings.close();
    }
}
