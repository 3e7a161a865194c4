package org.corpuslint.profile;

import org.corpuslint.document.Document;

/**
 * A corpus-wide count a rule needs, declared in the rule's metadata
 * ({@link org.corpuslint.rule.RuleMetadata#statistics()}): the engine counts only the statistics
 * of the rules that run, one accumulator per worker, and merges them into the
 * {@link CorpusProfile} the rules are prepared with.
 *
 * <p>Every statistic is mergeable: counting documents into several accumulators and merging
 * them, in any split, must give what counting all of them into one gives. So the same code
 * serves one JVM and a run partitioned over machines. Statistics are keys: declare each as one
 * constant.
 *
 * @param <A> the accumulator: mutable while counting, read-only once the profile is built
 */
public interface CorpusStatistic<A> {

    /** A short name, for messages. */
    String name();

    /** A new accumulator with nothing counted. */
    A empty();

    /** Counts one document into {@code accumulator}. */
    void add(A accumulator, Document document);

    /** Adds everything counted in {@code from} to {@code into}. */
    void merge(A into, A from);

    /**
     * Whether the workers of one JVM count into one accumulator
     * ({@link CorpusProfile#workerParts}), {@link #add} being safe from several threads at
     * once: for a statistic whose accumulator holds what every worker sees again (the same
     * lines in every worker's documents), one accumulator instead of one per worker. A run
     * partitioned over machines still merges one per partition.
     */
    default boolean sharedByWorkers() {
        return false;
    }
}
