package org.corpuslint.engine;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;

/**
 * Where a run hands each document's findings as soon as the document is checked, so that a
 * caller can write or spool them instead of the run holding every finding of the corpus
 * ({@link LintSession#lintAll(RunObserver, FindingSink)}). Called from worker threads, in no
 * particular order of documents: implementations must be thread-safe.
 */
@FunctionalInterface
public interface FindingSink {

    /**
     * The findings of one document, never empty: the rules' findings and the input problems,
     * after the configuration's settings for the engine's own findings, in
     * {@link Finding#REPORT_ORDER}.
     *
     * @param document the document while it is in memory, or {@code null} when the file or
     *     record could not be linted (its findings are then {@code invalid-input}) or, in an
     *     incremental run ({@link IncrementalCheck#run(RunObserver, FindingSink)}), for every
     *     document: its findings come from the cache, or after its text was let go
     */
    void accept(Document document, List<Finding> findings);
}
