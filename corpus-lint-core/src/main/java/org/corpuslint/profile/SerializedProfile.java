package org.corpuslint.profile;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serialized form of a {@link CorpusProfile}: its counts, and each statistic's accumulator
 * under the statistic's name. Statistics are identity keys, so reading one back looks it up by
 * name among the built-in ones ({@link CorpusProfile#ALL_STATISTICS}) instead of creating a
 * second instance. This is what lets a partitioned run ship per-partition profiles to be merged
 * and the merged profile to the workers.
 */
final class SerializedProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int documentCount;
    private final Map<String, Integer> outletDocuments;
    private final LinkedHashMap<String, Object> accumulators;
    /** Clusters found or supplied before serializing, so workers need not cluster again. */
    private final DuplicateClusterings clusterings;

    SerializedProfile(int documentCount, Map<String, Integer> outletDocuments,
            LinkedHashMap<String, Object> accumulators, DuplicateClusterings clusterings) {
        this.documentCount = documentCount;
        this.outletDocuments = new LinkedHashMap<>(outletDocuments);
        this.accumulators = accumulators;
        this.clusterings = clusterings;
    }

    private Object readResolve() throws InvalidObjectException {
        Map<CorpusStatistic<?>, Object> statistics = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : accumulators.entrySet()) {
            statistics.put(builtIn(entry.getKey()), entry.getValue());
        }
        return CorpusProfile.restored(documentCount, outletDocuments, statistics, clusterings);
    }

    private static CorpusStatistic<?> builtIn(String name) throws InvalidObjectException {
        List<CorpusStatistic<?>> known = CorpusProfile.ALL_STATISTICS;
        for (CorpusStatistic<?> statistic : known) {
            if (statistic.name().equals(name)) {
                return statistic;
            }
        }
        throw new InvalidObjectException("corpus statistic '" + name + "' is not built in;"
                + " a profile counting it cannot be serialized");
    }
}
