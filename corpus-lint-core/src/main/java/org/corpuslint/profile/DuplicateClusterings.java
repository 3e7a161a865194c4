package org.corpuslint.profile;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The duplicate clusters of a profile, found at most once per similarity threshold however many
 * rules read them ({@code duplicate-document} reports them, {@code date-consistency} compares
 * their members' dates), or supplied by a run that clustered the signatures itself. Held by the
 * {@link CorpusProfile} and serialized with it, so clusters found once where the profile was
 * merged reach every worker.
 */
final class DuplicateClusterings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Double, DuplicateClusters> byThreshold = new HashMap<>();

    synchronized DuplicateClusters at(double threshold,
            Supplier<DuplicateSignatures> signatures) {
        return byThreshold.computeIfAbsent(threshold,
                t -> DuplicateClusters.find(signatures.get(), t));
    }

    synchronized void supply(double threshold, DuplicateClusters clusters) {
        byThreshold.put(threshold, clusters);
    }

    /** The clusters found or supplied so far, by threshold. */
    synchronized Map<Double, DuplicateClusters> found() {
        return Map.copyOf(byThreshold);
    }

    /** Forgets what was found: the signatures changed. */
    synchronized void forget() {
        if (!byThreshold.isEmpty()) {
            byThreshold.clear();
        }
    }
}
