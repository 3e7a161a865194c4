package org.corpuslint.engine;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;

/**
 * Observes one {@link LintSession#lintAll} call while the documents are in memory, so that tools
 * built on the engine (the fix applier, the baseline) can remember what was linted without
 * reading the corpus again. Passed per call, never kept in the configuration. Called from worker
 * threads: implementations must be thread-safe.
 */
public interface RunObserver {

    RunObserver NONE = new RunObserver() {
        @Override
        public boolean readsDocuments() {
            return false;
        }
    };

    /** The corpus profile the rules of this run use (the session's statistics). */
    default void profileReady(CorpusProfile profile) {}

    /** One lintable document was checked; {@code findings} are the rules' findings for it. */
    default void documentChecked(Document document, List<Finding> findings) {}

    /**
     * How far the rules pass has got ({@code phase} is {@code "check"}); the statistics pass
     * happens when the session opens and is reported to {@link LintConfig#progress()}.
     */
    default void progress(String phase, int done, int total) {}

    /**
     * Whether {@link #documentChecked} uses the documents it is told of. An incremental run
     * reads unchanged files with findings again only for an observer that does.
     */
    default boolean readsDocuments() {
        return true;
    }

    /** An observer that tells this one, then {@code next}. */
    default RunObserver andThen(RunObserver next) {
        RunObserver first = this;
        return new RunObserver() {
            @Override
            public void profileReady(CorpusProfile profile) {
                first.profileReady(profile);
                next.profileReady(profile);
            }

            @Override
            public void documentChecked(Document document, List<Finding> findings) {
                first.documentChecked(document, findings);
                next.documentChecked(document, findings);
            }

            @Override
            public void progress(String phase, int done, int total) {
                first.progress(phase, done, total);
                next.progress(phase, done, total);
            }

            @Override
            public boolean readsDocuments() {
                return first.readsDocuments() || next.readsDocuments();
            }
        };
    }
}
