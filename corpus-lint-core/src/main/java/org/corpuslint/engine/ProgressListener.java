package org.corpuslint.engine;

/** Told how far a run has got; called from worker threads, so implementations synchronise. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (phase, done, total) -> {};

    /**
     * @param phase {@code "profile"} for the statistics pass, {@code "check"} for the rules pass
     * @param done documents finished in this phase
     * @param total documents in the corpus
     */
    void progress(String phase, int done, int total);
}
