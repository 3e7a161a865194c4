package org.corpuslint.rule;

import java.util.Optional;

/**
 * A rule whose findings depend on the corpus only through answers it records while checking a
 * document ({@link org.corpuslint.profile.EvidenceLog}): the profile's own queries, and queries
 * of its own named {@code <rule-id>.<what>} that it can answer again after being prepared with
 * other statistics. An incremental run then re-checks a document only when one of its recorded
 * answers changed. A rule that reads corpus statistics without implementing this is re-checked
 * on every document whenever the corpus changed.
 */
public interface EvidenceSource {

    /**
     * The answer to one of this rule's own queries under the statistics it was prepared with,
     * as its {@code toString()} is hashed; empty when the rule does not know the query.
     */
    default Optional<Object> evidence(String source, String key) {
        return Optional.empty();
    }

    /**
     * Whether the answer to one of this rule's own queries can differ after the statistics
     * moved as {@code changes} says; {@code false} lets an incremental run keep the recorded
     * answer without asking again. Only for a query whose answer depends on the moved keys
     * alone; when unsure, {@code true} (the default).
     */
    default boolean mayHaveChanged(String source, String key,
            org.corpuslint.profile.StatisticChanges changes) {
        return true;
    }

    /**
     * A query ({@code source + EvidenceLog.SEPARATOR + key}) whose unchanged answer means every
     * answer of {@code source} is unchanged, whatever its key: the whole input those answers
     * are computed from. Lets an incremental run skip answering them again. The rule must
     * record the guard wherever it records an answer of {@code source}.
     */
    default Optional<String> guardOf(String source) {
        return Optional.empty();
    }
}
