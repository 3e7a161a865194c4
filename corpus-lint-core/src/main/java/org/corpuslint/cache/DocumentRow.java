package org.corpuslint.cache;

import java.util.List;
import org.corpuslint.model.Finding;

/**
 * One document of a cached file as the run's statistics count it: its outlet and month slice,
 * its words, and its findings (or one unreadable file's {@code invalid-input} findings).
 */
public record DocumentRow(String outlet, String month, long words, List<Finding> findings) {

    public DocumentRow {
        findings = List.copyOf(findings);
    }
}
