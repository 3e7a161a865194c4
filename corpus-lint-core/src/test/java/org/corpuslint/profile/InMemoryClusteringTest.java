package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Clustering the spilled signatures finds exactly what the algorithm over signatures held in
 * memory found (kept here as it was): on random signatures with exact copies, near copies at
 * every distance, long runs of copies and documents too short for MinHash values, added in an
 * order other than the paths'.
 */
class InMemoryClusteringTest {

    @Test
    void spilledClusteringEqualsTheInMemoryAlgorithm() {
        for (long seed = 1; seed <= 4; seed++) {
            List<DocumentSignature> signatures = randomCorpus(seed);
            DuplicateSignatures spilled = DuplicateSignatures.STATISTIC.empty();
            signatures.forEach(spilled::addSignature);
            for (double threshold : new double[] {0.5, 0.75, 0.9}) {
                List<DuplicateCluster> expected = InMemory.find(signatures, threshold);
                List<DuplicateCluster> found =
                        DuplicateClusters.find(spilled, threshold).clusters();
                assertFalse(expected.isEmpty());
                assertEquals(expected, found, "seed " + seed + " at " + threshold);
            }
            assertTrue(spilled.holdsFile());
            spilled.close();
            assertFalse(spilled.holdsFile());
        }
    }

    private static List<DocumentSignature> randomCorpus(long seed) {
        Random random = new Random(seed);
        List<DocumentSignature> docs = new ArrayList<>();
        int n = 0;
        while (docs.size() < 3_000) {
            short[] base = SignatureSpillTest.randomRecords(1, random.nextLong()).get(0);
            long exact = random.nextLong() | 1;
            int copies = random.nextInt(10) == 0 ? 20 + random.nextInt(30) : random.nextInt(4);
            for (int c = 0; c <= copies; c++) {
                short[] minHashes = base.clone();
                int changed = random.nextInt(4) == 0 ? 0 : random.nextInt(70);
                for (int k = 0; k < changed; k++) {
                    minHashes[random.nextInt(minHashes.length)] = (short) random.nextInt();
                }
                boolean exactCopy = changed == 0 && random.nextBoolean();
                docs.add(new DocumentSignature(String.format("o%d/%05d.txt", random.nextInt(5),
                        random.nextInt(100_000)) + "#" + n++,
                        random.nextInt(20) == 0 ? 0 : exactCopy ? exact : random.nextLong() | 1,
                        random.nextInt(15) == 0 ? null : minHashes,
                        random.nextInt(5) == 0 ? DocumentSignature.NO_DATE
                                : 19_000 + random.nextInt(50), random.nextInt(5)));
            }
        }
        java.util.Collections.shuffle(docs, random);
        return docs;
    }

    /** The clustering as it was when every signature was held in memory. */
    private static final class InMemory {
        private static final int INDEX_BITS = 28;
        private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
        private static final Comparator<DocumentSignature> CANONICAL_FIRST =
                Comparator.comparingLong(DocumentSignature::epochDay)
                        .thenComparingInt(DocumentSignature::chromeLines)
                        .thenComparing(DocumentSignature::path);

        static List<DuplicateCluster> find(List<DocumentSignature> signatures,
                double threshold) {
            List<DocumentSignature> docs = new ArrayList<>(signatures);
            docs.sort(Comparator.comparing(DocumentSignature::path));
            UnionFind sets = new UnionFind(docs.size());
            DocumentSignature[] byIndex = docs.toArray(new DocumentSignature[0]);
            Map<Long, Integer> first = new HashMap<>();
            for (int i = 0; i < byIndex.length; i++) {
                long hash = byIndex[i].exactHash();
                if (hash != 0) {
                    Integer earlier = first.putIfAbsent(hash, i);
                    if (earlier != null) {
                        sets.union(i, earlier);
                    }
                }
            }
            LshBands banding = LshBands.forThreshold(threshold);
            long[] packed = new long[byIndex.length];
            for (int band = 0; band < banding.bands(); band++) {
                int n = 0;
                for (int i = 0; i < byIndex.length; i++) {
                    if (byIndex[i].hasMinHashes()) {
                        packed[n++] = banding.key(byIndex[i].minHashes(), band) << INDEX_BITS | i;
                    }
                }
                Arrays.sort(packed, 0, n);
                int runStart = 0;
                for (int i = 1; i <= n; i++) {
                    if (i == n || packed[i] >>> INDEX_BITS != packed[runStart] >>> INDEX_BITS) {
                        int from = runStart;
                        DuplicateClusters.pairsToVerify(i - runStart, (a, b) -> {
                            int x = (int) (packed[from + a] & INDEX_MASK);
                            int y = (int) (packed[from + b] & INDEX_MASK);
                            if (sets.find(x) != sets.find(y)
                                    && DuplicateClusters.similar(byIndex[x], byIndex[y],
                                            threshold)) {
                                sets.union(x, y);
                            }
                        });
                        runStart = i;
                    }
                }
            }
            Map<Integer, List<DocumentSignature>> members = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                if (sets.size(i) > 1) {
                    members.computeIfAbsent(sets.find(i), k -> new ArrayList<>())
                            .add(docs.get(i));
                }
            }
            List<DuplicateCluster> clusters = new ArrayList<>();
            for (List<DocumentSignature> cluster : members.values()) {
                DocumentSignature canonical = cluster.stream().min(CANONICAL_FIRST).orElseThrow();
                List<DuplicateCluster.Copy> copies = new ArrayList<>();
                for (DocumentSignature doc : cluster) {
                    if (doc != canonical) {
                        boolean exact = doc.exactHash() == canonical.exactHash();
                        double similarity = exact || !doc.hasMinHashes()
                                || !canonical.hasMinHashes() ? 1.0
                                : MinHashSignature.similarity(doc.minHashes(),
                                        canonical.minHashes());
                        copies.add(new DuplicateCluster.Copy(doc.path(), similarity, exact));
                    }
                }
                clusters.add(new DuplicateCluster(canonical.path(), copies));
            }
            clusters.sort(Comparator.comparing(DuplicateCluster::canonical));
            return clusters;
        }
    }
}
