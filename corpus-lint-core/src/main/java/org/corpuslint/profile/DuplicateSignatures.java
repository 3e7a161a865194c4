package org.corpuslint.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corpuslint.document.Document;

/**
 * The {@link DocumentSignature} of every document, for finding duplicate documents once per
 * run ({@link DuplicateClusters}). A signature is about 300 bytes, so a million documents need
 * some 300 MB less than their text; merging is concatenation, and the clusters are computed
 * from the signatures in path order, so they do not depend on how the corpus was split.
 *
 * <p>A distributed run clusters the signatures where they are counted and hands the engine only
 * the result ({@link #ofClusters}): the clusters, and the signatures of their members.
 */
public final class DuplicateSignatures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The statistic, for a rule's metadata. */
    public static final CorpusStatistic<DuplicateSignatures> STATISTIC = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "duplicate signatures";
        }

        @Override
        public DuplicateSignatures empty() {
            return new DuplicateSignatures();
        }

        @Override
        public void add(DuplicateSignatures signatures, Document document) {
            signatures.signatures.add(MinHashSignature.of(document));
        }

        @Override
        public void merge(DuplicateSignatures into, DuplicateSignatures from) {
            if (into.clustersFoundElsewhere != null || from.clustersFoundElsewhere != null) {
                throw new IllegalStateException("clusters found elsewhere cannot be merged");
            }
            into.signatures.addAll(from.signatures);
        }
    };

    private final List<DocumentSignature> signatures = new ArrayList<>();
    /**
     * Clusters found outside this object, by threshold; {@code null} when the signatures are
     * every document's and clusters are found from them.
     */
    private final TreeMap<Double, List<DuplicateCluster>> clustersFoundElsewhere;

    private DuplicateSignatures() {
        clustersFoundElsewhere = null;
    }

    private DuplicateSignatures(Collection<DocumentSignature> members,
            Map<Double, List<DuplicateCluster>> clusters) {
        signatures.addAll(members);
        clustersFoundElsewhere = new TreeMap<>();
        clusters.forEach((threshold, found) ->
                clustersFoundElsewhere.put(threshold, List.copyOf(found)));
    }

    /**
     * The duplicate clusters of a corpus found elsewhere (a distributed run), as
     * {@link DuplicateClusters#find} would find them from every document's signature at each
     * threshold, with the signatures of the documents in them ({@code members}: every document
     * that has an exact or near copy at any of the thresholds). {@link DuplicateClusters#find}
     * returns the given clusters, and {@link #inPathOrder} the members, which is all that
     * exact-copy comparisons need; a threshold not given cannot be clustered.
     */
    public static DuplicateSignatures ofClusters(Collection<DocumentSignature> members,
            Map<Double, List<DuplicateCluster>> clustersByThreshold) {
        return new DuplicateSignatures(members, clustersByThreshold);
    }

    /**
     * The clusters found elsewhere at {@code threshold}; empty when this object holds every
     * document's signature.
     *
     * @throws IllegalStateException when it holds the members of clusters found at other
     *     thresholds only
     */
    Optional<List<DuplicateCluster>> clustersFoundAt(double threshold) {
        if (clustersFoundElsewhere == null) {
            return Optional.empty();
        }
        List<DuplicateCluster> found = clustersFoundElsewhere.get(threshold);
        if (found == null) {
            throw new IllegalStateException("duplicate clusters were found elsewhere at "
                    + clustersFoundElsewhere.keySet() + ", not at " + threshold);
        }
        return Optional.of(found);
    }

    /** Every signature counted, sorted by path: the same whatever the split. Read-only. */
    public List<DocumentSignature> inPathOrder() {
        List<DocumentSignature> sorted = new ArrayList<>(signatures);
        sorted.sort(Comparator.comparing(DocumentSignature::path));
        return Collections.unmodifiableList(sorted);
    }

    /** Hands every signature counted to {@code action}, in no particular order. */
    public void forEach(java.util.function.Consumer<DocumentSignature> action) {
        signatures.forEach(action);
    }

    /** Counts one signature (for {@link ExactStatistics}). */
    void addSignature(DocumentSignature signature) {
        signatures.add(signature);
    }

    /** Whether this holds clusters found elsewhere and their members' signatures only. */
    boolean isClustersOnly() {
        return clustersFoundElsewhere != null;
    }

    /** Number of documents counted. */
    public int size() {
        return signatures.size();
    }
}
