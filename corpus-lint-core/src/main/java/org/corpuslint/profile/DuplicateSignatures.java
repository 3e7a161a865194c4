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
 * run ({@link DuplicateClusters}). Merging is concatenation, and the clusters are computed from
 * the signatures in path order, so they do not depend on how the corpus was split.
 *
 * <p>The signatures are kept in {@link SpilledSignatures}: primitive columns and a compact path
 * column on the heap (some 55 bytes a document), the 256 bytes of MinHash values in a temporary
 * file that {@link #close} deletes (the engine closes it once the rules are prepared, or when
 * the run fails). Closing is not required for correctness: the file's name is gone as soon as
 * it is opened on Linux, and it is deleted when the process ends elsewhere.
 *
 * <p>A distributed run clusters the signatures where they are counted and hands the engine only
 * the result ({@link #ofClusters}): the clusters, and the signatures of their members, held on
 * the heap. Serialized as before (the list of signatures and the clusters), so a form written
 * by an earlier version reads back.
 */
public final class DuplicateSignatures implements java.io.Serializable, java.io.Closeable {

    private static final long serialVersionUID = 1L;
    /** The serialized form: what the fields were before the signatures were spilled. */
    private static final java.io.ObjectStreamField[] serialPersistentFields = {
        new java.io.ObjectStreamField("signatures", List.class),
        new java.io.ObjectStreamField("clustersFoundElsewhere", TreeMap.class)};

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
            signatures.addSignature(MinHashSignature.of(document));
        }

        @Override
        public void merge(DuplicateSignatures into, DuplicateSignatures from) {
            if (into.clustersFoundElsewhere != null || from.clustersFoundElsewhere != null) {
                throw new IllegalStateException("clusters found elsewhere cannot be merged");
            }
            into.counted.addAll(from.counted);
        }
    };

    /** Every document's signature; {@code null} when this holds clusters found elsewhere. */
    private transient SpilledSignatures counted;
    /** The members of the clusters found elsewhere, in path order; else {@code null}. */
    private transient List<DocumentSignature> members;
    /**
     * Clusters found outside this object, by threshold; {@code null} when the signatures are
     * every document's and clusters are found from them.
     */
    private transient TreeMap<Double, List<DuplicateCluster>> clustersFoundElsewhere;

    private DuplicateSignatures() {
        counted = new SpilledSignatures();
    }

    private DuplicateSignatures(Collection<DocumentSignature> members,
            Map<Double, List<DuplicateCluster>> clusters) {
        this.members = sortedByPath(members);
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

    /**
     * Every signature counted, sorted by path: the same whatever the split. Read-only. Holds
     * every signature on the heap: for small corpora and tests.
     */
    public List<DocumentSignature> inPathOrder() {
        if (members != null) {
            return members;
        }
        List<DocumentSignature> all = new ArrayList<>(counted.size());
        counted.forEach(all::add);
        return sortedByPath(all);
    }

    /** {@code signatures} sorted by path, read-only. */
    private static List<DocumentSignature> sortedByPath(
            Collection<DocumentSignature> signatures) {
        List<DocumentSignature> sorted = new ArrayList<>(signatures);
        sorted.sort(Comparator.comparing(DocumentSignature::path));
        return Collections.unmodifiableList(sorted);
    }

    /** Hands every signature counted to {@code action}, in no particular order. */
    public void forEach(java.util.function.Consumer<DocumentSignature> action) {
        if (members != null) {
            members.forEach(action);
        } else {
            counted.forEach(action);
        }
    }

    /** Receives a document's path, exact hash and header date (see {@link DocumentSignature}). */
    @FunctionalInterface
    public interface DatedVisitor {
        void document(String path, long exactHash, long epochDay);
    }

    /**
     * Hands every document's path, exact hash and date to {@code visitor}, in no particular
     * order: what exact-copy comparisons need, without reading the MinHash values back.
     */
    public void forEachDated(DatedVisitor visitor) {
        if (members != null) {
            members.forEach(s -> visitor.document(s.path(), s.exactHash(), s.epochDay()));
            return;
        }
        for (int i = 0; i < counted.size(); i++) {
            visitor.document(counted.path(i), counted.exactHash(i), counted.epochDay(i));
        }
    }

    /** Counts one signature (for {@link ExactStatistics}). */
    void addSignature(DocumentSignature signature) {
        if (counted == null) {
            throw new IllegalStateException("clusters found elsewhere cannot be added to");
        }
        counted.add(signature);
    }

    /** Every document's signature in path order, for clustering; {@code null} when none. */
    SignaturesInPathOrder pathOrdered() {
        return counted == null ? null : new SignaturesInPathOrder(counted);
    }

    /**
     * These signatures reduced to {@code clusters} and their members' signatures
     * ({@link #ofClusters}); this object's temporary file is deleted.
     */
    DuplicateSignatures keepOnly(Map<Double, List<DuplicateCluster>> clusters) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        clusters.values().forEach(found -> found.forEach(cluster -> {
            paths.add(cluster.canonical());
            cluster.copies().forEach(copy -> paths.add(copy.path()));
        }));
        List<DocumentSignature> kept = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            if (paths.contains(counted.path(i))) {
                kept.add(counted.signature(i));
            }
        }
        close();
        return ofClusters(kept, clusters);
    }

    /** Whether this holds clusters found elsewhere and their members' signatures only. */
    boolean isClustersOnly() {
        return clustersFoundElsewhere != null;
    }

    /** Whether a temporary file of signatures is open (for tests). */
    boolean holdsFile() {
        return counted != null && counted.holdsFile();
    }

    /** Number of documents counted. */
    public int size() {
        return members != null ? members.size() : counted.size();
    }

    /**
     * Deletes the temporary file of MinHash values: afterwards only clusters already found can
     * be read. Nothing to do for clusters found elsewhere.
     */
    @Override
    public void close() {
        if (counted != null) {
            counted.close();
        }
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        java.io.ObjectOutputStream.PutField fields = out.putFields();
        fields.put("signatures", new ArrayList<>(inPathOrder()));
        fields.put("clustersFoundElsewhere", clustersFoundElsewhere);
        out.writeFields();
    }

    @SuppressWarnings("unchecked")
    private void readObject(java.io.ObjectInputStream in)
            throws java.io.IOException, ClassNotFoundException {
        java.io.ObjectInputStream.GetField fields = in.readFields();
        List<DocumentSignature> signatures =
                (List<DocumentSignature>) fields.get("signatures", List.of());
        TreeMap<Double, List<DuplicateCluster>> clusters =
                (TreeMap<Double, List<DuplicateCluster>>) fields.get(
                        "clustersFoundElsewhere", null);
        if (clusters != null) {
            members = sortedByPath(signatures);
            clustersFoundElsewhere = clusters;
        } else {
            counted = new SpilledSignatures();
            signatures.forEach(counted::add);
        }
    }
}
