package org.corpuslint.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The duplicate clusters of a corpus, found once per run from its {@link DuplicateSignatures}:
 * exact duplicates (same text after white-space normalisation) and near-duplicates (estimated
 * Jaccard similarity of word shingles at least the threshold), joined transitively.
 *
 * <p>Candidate pairs come from {@link LshBands}: one band at a time, the band keys of all
 * documents are packed with their index (in path order) into one {@code long[]} and sorted, so
 * equal keys sit side by side. The MinHash values stay in their temporary file
 * ({@link SpilledSignatures}): the keys of a group of bands come from one sequential read of it,
 * and only the pairs verified are read back one by one. Memory is a few ints per document and
 * a long per document and band of the group (at most {@value #BAND_KEYS_BUDGET} bytes), and
 * time is {@code bands × n log n} plus the verified candidates, never all pairs. A run of
 * documents sharing a band key is verified pair by pair only when short; a long one against
 * its first and previous member, which keeps hostile input (thousands of copies) linear.
 *
 * <p>A distributed run finds the same clusters without gathering the signatures in one place:
 * it groups documents by the same {@link LshBands#key band keys}, verifies the same pairs of
 * each group ({@link #pairsToVerify}), joins them into connected components and builds the
 * clusters with {@link #ofComponents}; it hands them to the rules through
 * {@link DuplicateSignatures#ofClusters}.
 */
public final class DuplicateClusters implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The similarity from which documents are near-duplicates unless configured otherwise:
     * near the 0.8 of the corpus-curation tools, low enough to keep lightly updated versions.
     */
    public static final double DEFAULT_THRESHOLD = 0.75;

    private static final int INDEX_BITS = 28;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Heap for the band keys sorted at once: bands are sorted in groups within it. */
    private static final long BAND_KEYS_BUDGET = 32L << 20;
    /** Runs of equal band keys up to this length are verified pair by pair. */
    private static final int ALL_PAIRS_RUN = 8;
    /** The order that elects the canonical copy. */
    private static final Comparator<DocumentSignature> CANONICAL_FIRST =
            Comparator.comparingLong(DocumentSignature::epochDay)
                    .thenComparingInt(DocumentSignature::chromeLines)
                    .thenComparing(DocumentSignature::path);

    private final List<DuplicateCluster> clusters;
    private final Map<String, DuplicateCluster> clusterOfCopy = new HashMap<>();
    private final Map<String, DuplicateCluster.Copy> copies = new HashMap<>();

    private DuplicateClusters(List<DuplicateCluster> clusters) {
        this.clusters = List.copyOf(clusters);
        for (DuplicateCluster cluster : clusters) {
            for (DuplicateCluster.Copy copy : cluster.copies()) {
                clusterOfCopy.put(copy.path(), cluster);
                copies.put(copy.path(), copy);
            }
        }
    }

    /**
     * Clusters found elsewhere (a distributed run clustering the signatures itself), to
     * {@linkplain CorpusProfile#supplyDuplicateClusters supply} to a profile.
     */
    public static DuplicateClusters of(List<DuplicateCluster> clusters) {
        List<DuplicateCluster> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparing(DuplicateCluster::canonical));
        return new DuplicateClusters(sorted);
    }

    /**
     * Clusters {@code signatures} with near-duplicates from {@code threshold} (0 to 1) on.
     *
     * @throws IllegalArgumentException when there are more documents than 2^28
     */
    public static DuplicateClusters find(DuplicateSignatures signatures, double threshold) {
        Optional<List<DuplicateCluster>> foundElsewhere = signatures.clustersFoundAt(threshold);
        if (foundElsewhere.isPresent()) {
            return new DuplicateClusters(foundElsewhere.get());
        }
        SignaturesInPathOrder docs = signatures.pathOrdered();
        if (docs.size() > INDEX_MASK) {
            throw new IllegalArgumentException("too many documents for duplicate detection: "
                    + docs.size());
        }
        UnionFind sets = new UnionFind(docs.size());
        joinExactCopies(docs, sets);
        joinNearCopies(docs, sets, threshold);
        return new DuplicateClusters(collect(docs, sets));
    }

    /**
     * Joins each document to the first with the same exact hash: the same components. Only
     * the hashes held twice or more go into a table, found by sorting them all first.
     */
    private static void joinExactCopies(SignaturesInPathOrder docs, UnionFind sets) {
        long[] hashes = new long[docs.size()];
        int n = 0;
        for (int i = 0; i < docs.size(); i++) {
            if (docs.exactHash(i) != 0) {
                hashes[n++] = docs.exactHash(i);
            }
        }
        Arrays.sort(hashes, 0, n);
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            long hash = docs.exactHash(i);
            if (hash != 0 && heldTwice(hashes, n, hash)) {
                Integer earlier = first.putIfAbsent(hash, i);
                if (earlier != null) {
                    sets.union(i, earlier);
                }
            }
        }
    }

    /** Whether {@code hash} occurs twice or more among the first {@code n} sorted hashes. */
    private static boolean heldTwice(long[] hashes, int n, long hash) {
        int at = Arrays.binarySearch(hashes, 0, n, hash);
        return at > 0 && hashes[at - 1] == hash || at + 1 < n && hashes[at + 1] == hash;
    }

    /**
     * Sorts the band keys band by band, as many bands at a time as fit
     * {@value #BAND_KEYS_BUDGET} bytes, each group from one sequential read of the spilled
     * MinHash values; the runs are verified band by band in order, as they always were.
     */
    private static void joinNearCopies(SignaturesInPathOrder docs, UnionFind sets,
            double threshold) {
        LshBands banding = LshBands.forThreshold(threshold);
        int perPass = (int) Math.max(1, Math.min(banding.bands(),
                BAND_KEYS_BUDGET / (8L * Math.max(1, docs.size()))));
        long[][] packed = new long[perPass][docs.size()];
        for (int first = 0; first < banding.bands(); first += perPass) {
            int bands = Math.min(perPass, banding.bands() - first);
            int from = first;
            int[] filled = {0};
            docs.forEachMinHashes((i, minHashes) -> {
                for (int b = 0; b < bands; b++) {
                    packed[b][filled[0]] = banding.key(minHashes, from + b) << INDEX_BITS | i;
                }
                filled[0]++;
            });
            int n = filled[0];
            for (int b = 0; b < bands; b++) {
                long[] keys = packed[b];
                Arrays.sort(keys, 0, n);
                int runStart = 0;
                for (int i = 1; i <= n; i++) {
                    if (i == n || keys[i] >>> INDEX_BITS != keys[runStart] >>> INDEX_BITS) {
                        verifyRun(docs, sets, threshold, keys, runStart, i);
                        runStart = i;
                    }
                }
            }
        }
    }

    private static void verifyRun(SignaturesInPathOrder docs, UnionFind sets, double threshold,
            long[] packed, int from, int to) {
        pairsToVerify(to - from, (i, j) -> joinIfSimilar(docs, sets, threshold,
                (int) (packed[from + i] & INDEX_MASK), (int) (packed[from + j] & INDEX_MASK)));
    }

    /** Receives pairs of positions within a run. */
    @FunctionalInterface
    public interface PairSink {
        void pair(int later, int earlier);
    }

    /**
     * The pairs of a run of {@code length} documents sharing a band key, in path order, whose
     * similarity is verified: every pair of a short run; in a long one each member against the
     * first and the previous member (a pair may come twice).
     */
    public static void pairsToVerify(int length, PairSink sink) {
        for (int i = 1; i < length; i++) {
            if (length <= ALL_PAIRS_RUN) {
                for (int j = 0; j < i; j++) {
                    sink.pair(i, j);
                }
            } else {
                sink.pair(i, 0);
                sink.pair(i, i - 1);
            }
        }
    }

    /** Whether a verified pair belongs to one cluster: its estimated similarity is enough. */
    public static boolean similar(DocumentSignature a, DocumentSignature b, double threshold) {
        return MinHashSignature.similarity(a.minHashes(), b.minHashes()) >= threshold;
    }

    private static void joinIfSimilar(SignaturesInPathOrder docs, UnionFind sets,
            double threshold, int a, int b) {
        if (sets.find(a) != sets.find(b) && docs.similarity(a, b) >= threshold) {
            sets.union(a, b);
        }
    }

    private static List<DuplicateCluster> collect(SignaturesInPathOrder docs, UnionFind sets) {
        Map<Integer, List<DocumentSignature>> members = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            if (sets.size(i) > 1) {
                members.computeIfAbsent(sets.find(i), k -> new ArrayList<>())
                        .add(docs.signature(i));
            }
        }
        return clustersOf(members.values());
    }

    /**
     * The clusters of connected components found elsewhere (a distributed run): the same
     * canonical copy and copies as {@link #find} gives for the same components. A component
     * of one document is no cluster.
     */
    public static List<DuplicateCluster> ofComponents(
            Collection<? extends Collection<DocumentSignature>> components) {
        List<List<DocumentSignature>> sorted = new ArrayList<>();
        for (Collection<DocumentSignature> component : components) {
            List<DocumentSignature> members = new ArrayList<>(component);
            members.sort(Comparator.comparing(DocumentSignature::path));
            sorted.add(members);
        }
        return clustersOf(sorted);
    }

    /** Clusters of components whose members are in path order. */
    private static List<DuplicateCluster> clustersOf(
            Collection<? extends List<DocumentSignature>> components) {
        List<DuplicateCluster> clusters = new ArrayList<>();
        for (List<DocumentSignature> cluster : components) {
            if (cluster.size() < 2) {
                continue;
            }
            DocumentSignature canonical = cluster.stream().min(CANONICAL_FIRST).orElseThrow();
            List<DuplicateCluster.Copy> copies = new ArrayList<>();
            for (DocumentSignature doc : cluster) { // path order
                if (doc != canonical) {
                    copies.add(copy(doc, canonical));
                }
            }
            clusters.add(new DuplicateCluster(canonical.path(), copies));
        }
        clusters.sort(Comparator.comparing(DuplicateCluster::canonical));
        return clusters;
    }

    private static DuplicateCluster.Copy copy(DocumentSignature doc, DocumentSignature canonical) {
        boolean exact = doc.exactHash() == canonical.exactHash();
        double similarity = exact || !doc.hasMinHashes() || !canonical.hasMinHashes() ? 1.0
                : MinHashSignature.similarity(doc.minHashes(), canonical.minHashes());
        return new DuplicateCluster.Copy(doc.path(), similarity, exact);
    }

    /** Every cluster of two or more documents, by the canonical copy's path. */
    public List<DuplicateCluster> clusters() {
        return clusters;
    }

    /** The cluster in which {@code path} is a non-canonical copy, if it is one. */
    public Optional<DuplicateCluster> clusterOfCopy(String path) {
        return Optional.ofNullable(clusterOfCopy.get(path));
    }

    /** {@code path} as a non-canonical copy, if it is one. */
    public Optional<DuplicateCluster.Copy> copy(String path) {
        return Optional.ofNullable(copies.get(path));
    }
}
