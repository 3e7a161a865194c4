package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.corpuslint.profile.DocumentSignature;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.profile.LshBands;
import scala.Tuple2;

/**
 * Duplicate clusters found where the signatures are, as {@link DuplicateClusters#find} finds
 * them in one JVM, pair for pair:
 *
 * <ol>
 *   <li>documents are numbered in path order (a distributed sort);
 *   <li>exact copies: documents grouped by text hash, each joined to the first of its group;
 *   <li>near copies, per threshold: every document's band keys ({@link LshBands}), grouped by
 *       band and key; each group, in path order, proposes the pairs the single JVM verifies
 *       ({@link DuplicateClusters#pairsToVerify}); the pairs meet their two signatures in two
 *       joins and are kept when {@link DuplicateClusters#similar};
 *   <li>the joined pairs become {@link ConnectedComponents}, and each component's signatures,
 *       and only those, travel to the driver, where {@link DuplicateClusters#ofComponents}
 *       elects the canonical copies.
 * </ol>
 *
 * <p>The driver receives the clusters and the signatures of their members, never every
 * document's signature.
 */
final class DistributedDuplicates {

    private DistributedDuplicates() {}

    /**
     * The clusters at each of {@code thresholds} (exact copies only when there are none: what
     * exact-copy comparisons need), ready to stand in the profile for every signature.
     */
    static DuplicateSignatures cluster(JavaSparkContext context,
            JavaRDD<DocumentSignature> signatures, Set<Double> thresholds) {
        int partitions = Math.max(1, signatures.getNumPartitions());
        JavaPairRDD<Long, DocumentSignature> numbered = signatures
                .sortBy(DocumentSignature::path, true, partitions).zipWithIndex()
                .mapToPair(Tuple2::swap)
                .partitionBy(new HashPartitioner(partitions))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaPairRDD<Long, Long> exact = exactCopies(numbered)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Map<String, DocumentSignature> members = new TreeMap<>();
            Map<Double, List<DuplicateCluster>> clusters = new LinkedHashMap<>();
            if (thresholds.isEmpty()) {
                components(context, exact, numbered, members);
            }
            for (double threshold : thresholds) {
                JavaPairRDD<Long, Long> edges = exact.union(nearCopies(numbered, threshold));
                clusters.put(threshold, DuplicateClusters.ofComponents(
                        components(context, edges, numbered, members)));
            }
            exact.unpersist(false);
            return DuplicateSignatures.ofClusters(members.values(), clusters);
        } finally {
            numbered.unpersist(false);
        }
    }

    /** Each document with the first of the documents sharing its text hash. */
    private static JavaPairRDD<Long, Long> exactCopies(
            JavaPairRDD<Long, DocumentSignature> numbered) {
        return numbered.filter(doc -> doc._2().exactHash() != 0)
                .mapToPair(doc -> new Tuple2<>(doc._2().exactHash(), doc._1()))
                .groupByKey()
                .flatMapToPair(group -> {
                    long[] ids = sorted(group._2());
                    List<Tuple2<Long, Long>> edges = new ArrayList<>();
                    for (int i = 1; i < ids.length; i++) {
                        edges.add(new Tuple2<>(ids[i], ids[0]));
                    }
                    return edges.iterator();
                });
    }

    /** The verified near-duplicate pairs at {@code threshold}. */
    private static JavaPairRDD<Long, Long> nearCopies(
            JavaPairRDD<Long, DocumentSignature> numbered, double threshold) {
        LshBands banding = LshBands.forThreshold(threshold);
        int rows = banding.rows();
        int bands = banding.bands();
        JavaPairRDD<Long, Long> candidates = numbered
                .filter(doc -> doc._2().hasMinHashes())
                .flatMapToPair(doc -> {
                    LshBands local = new LshBands(rows, bands);
                    List<Tuple2<Long, Long>> keys = new ArrayList<>(bands);
                    for (int band = 0; band < bands; band++) {
                        long key = (long) band << LshBands.KEY_BITS
                                | local.key(doc._2().minHashes(), band);
                        keys.add(new Tuple2<>(key, doc._1()));
                    }
                    return keys.iterator();
                })
                .groupByKey()
                .flatMapToPair(group -> {
                    long[] ids = sorted(group._2()); // path order, as the single JVM's runs
                    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                    DuplicateClusters.pairsToVerify(ids.length,
                            (later, earlier) -> pairs.add(new Tuple2<>(ids[later], ids[earlier])));
                    return pairs.iterator();
                })
                .distinct();
        return candidates.join(numbered)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(),
                        new Tuple2<>(pair._1(), pair._2()._2())))
                .join(numbered)
                .filter(pair -> DuplicateClusters.similar(pair._2()._1()._2(), pair._2()._2(),
                        threshold))
                .mapToPair(pair -> new Tuple2<>(pair._2()._1()._1(), pair._1()));
    }

    /**
     * The components of {@code edges}, each as its members' signatures (collected: only
     * documents with a copy), which are also added to {@code members}.
     */
    private static List<List<DocumentSignature>> components(JavaSparkContext context,
            JavaPairRDD<Long, Long> edges, JavaPairRDD<Long, DocumentSignature> numbered,
            Map<String, DocumentSignature> members) {
        List<List<DocumentSignature>> found = new ArrayList<>();
        if (edges.isEmpty()) {
            return found; // no document has a copy: spare the rounds of jobs
        }
        JavaPairRDD<Long, Long> components = ConnectedComponents.of(context, edges);
        for (Iterable<DocumentSignature> component : components.join(numbered)
                .mapToPair(member -> new Tuple2<>(member._2()._1(), member._2()._2()))
                .groupByKey().values().collect()) {
            List<DocumentSignature> signatures = new ArrayList<>();
            component.forEach(signatures::add);
            signatures.forEach(s -> members.put(s.path(), s));
            found.add(signatures);
        }
        return found;
    }

    private static long[] sorted(Iterable<Long> ids) {
        List<Long> list = new ArrayList<>();
        ids.forEach(list::add);
        long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
