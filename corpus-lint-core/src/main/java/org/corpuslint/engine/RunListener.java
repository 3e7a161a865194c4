package org.corpuslint.engine;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;

/**
 * Observes a run while the documents are in memory, so that tools built on the engine (the fix
 * applier, the baseline) can remember what was linted without reading the corpus again. Called
 * from worker threads: implementations must be thread-safe.
 */
public interface RunListener {

    RunListener NONE = new RunListener() {};

    /** The corpus profile the rules of this run use, once it is built (or given). */
    default void profileReady(CorpusProfile profile) {}

    /** One lintable document was checked; {@code findings} are the rules' findings for it. */
    default void documentChecked(Document document, List<Finding> findings) {}

    /** A listener that tells this one, then {@code next}. */
    default RunListener andThen(RunListener next) {
        RunListener first = this;
        return new RunListener() {
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
        };
    }
}
