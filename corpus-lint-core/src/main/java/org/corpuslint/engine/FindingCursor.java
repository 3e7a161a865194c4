package org.corpuslint.engine;

import java.util.Iterator;
import org.corpuslint.model.Finding;

/**
 * One pass over a run's findings in {@link Finding#REPORT_ORDER}; close it when done (a pass
 * over spooled findings holds open files).
 */
public interface FindingCursor extends Iterator<Finding>, AutoCloseable {

    @Override
    void close();

    /** A pass over findings held in memory; closing it does nothing. */
    static FindingCursor of(Iterator<Finding> findings) {
        return new FindingCursor() {
            @Override
            public boolean hasNext() {
                return findings.hasNext();
            }

            @Override
            public Finding next() {
                return findings.next();
            }

            @Override
            public void close() {}
        };
    }
}
