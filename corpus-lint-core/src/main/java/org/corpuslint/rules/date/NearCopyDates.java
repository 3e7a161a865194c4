package org.corpuslint.rules.date;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.corpuslint.profile.DocumentSignature;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.DuplicateSignatures;

/**
 * Near-duplicates dated more than a tolerance after the canonical copy of their duplicate
 * cluster, the copy {@code duplicate-document} names as the one to keep: the earliest dated, so
 * no member is dated before it. Exact copies are {@link ExactCopyDates}' concern. A near copy
 * may rightly carry a later date (an updated version, a wire story the outlet ran the next day),
 * so it has a tolerance of its own; beyond it, either the copy's date or the canonical copy's is
 * likely wrong. Found once per run from the profile's clusters; only the copies that will be
 * reported are kept.
 */
final class NearCopyDates {

    /** The canonical copy of a near-duplicate's cluster, with its date and the similarity. */
    record CanonicalCopy(String path, long epochDay, double similarity) {}

    private final Map<String, CanonicalCopy> canonicalOf;

    private NearCopyDates(Map<String, CanonicalCopy> canonicalOf) {
        this.canonicalOf = canonicalOf;
    }

    static NearCopyDates find(DuplicateClusters clusters, DuplicateSignatures signatures,
            int toleranceDays) {
        Map<String, Long> dayOf = new HashMap<>();
        for (DuplicateCluster cluster : clusters.clusters()) {
            dayOf.put(cluster.canonical(), DocumentSignature.NO_DATE);
            cluster.copies().forEach(copy -> dayOf.put(copy.path(), DocumentSignature.NO_DATE));
        }
        if (dayOf.isEmpty()) {
            return new NearCopyDates(Map.of());
        }
        signatures.forEachDated((path, exactHash, epochDay) ->
                dayOf.computeIfPresent(path, (p, none) -> epochDay));
        Map<String, CanonicalCopy> found = new HashMap<>();
        for (DuplicateCluster cluster : clusters.clusters()) {
            long canonicalDay = dayOf.get(cluster.canonical());
            if (canonicalDay == DocumentSignature.NO_DATE) {
                continue; // the earliest dated is undated: no member has a date
            }
            for (DuplicateCluster.Copy copy : cluster.copies()) {
                long day = dayOf.get(copy.path());
                if (!copy.exact() && day != DocumentSignature.NO_DATE
                        && day - canonicalDay > toleranceDays) {
                    found.put(copy.path(), new CanonicalCopy(cluster.canonical(), canonicalDay,
                            copy.similarity()));
                }
            }
        }
        return new NearCopyDates(found);
    }

    /** The canonical copy of the near-duplicate {@code path}, when its date is too far after. */
    Optional<CanonicalCopy> canonicalOf(String path) {
        return Optional.ofNullable(canonicalOf.get(path));
    }
}
