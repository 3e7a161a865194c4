package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.testing.GeneratedCorpus;
import org.junit.jupiter.api.Test;

class DuplicateClustersTest {

    private static final String STORY = "Harbour crane back in service\n\n"
            + "The big crane on the east quay lifted its first container in a month on Monday,"
            + " after engineers replaced a cable that snapped during a gale.\n\n"
            + "Dock workers said ships had queued outside the harbour for days while cargo was"
            + " moved by the two smaller cranes on the west quay.\n";

    /** Generated articles, each also copied once with chrome, once exactly. */
    private static List<Document> corpus() {
        List<Document> documents = new ArrayList<>();
        GeneratedCorpus.documents(30).forEach((path, text) -> documents.add(new Document(path, text)));
        documents.add(new Document("port/crane.txt", STORY));
        documents.add(new Document("wire/crane.txt", "Menu\n" + STORY + "\nShare\n"));
        documents.add(new Document("wire/crane-again.txt", STORY.replace("\n\n", "\n\n\n")));
        return documents;
    }

    private static DuplicateClusters clusters(List<List<Document>> parts) {
        DuplicateSignatures merged = DuplicateSignatures.STATISTIC.empty();
        for (List<Document> part : parts) {
            DuplicateSignatures counted = DuplicateSignatures.STATISTIC.empty();
            part.forEach(d -> DuplicateSignatures.STATISTIC.add(counted, d));
            DuplicateSignatures.STATISTIC.merge(merged, counted);
        }
        return DuplicateClusters.find(merged, 0.75);
    }

    @Test
    void countingInPartsAndMergingEqualsOnePass() {
        List<Document> documents = corpus();
        DuplicateClusters onePass = clusters(List.of(documents));
        List<Document> reversed = new ArrayList<>(documents);
        java.util.Collections.reverse(reversed);
        int third = documents.size() / 3;
        DuplicateClusters inParts = clusters(List.of(reversed.subList(0, third),
                reversed.subList(third, 2 * third), reversed.subList(2 * third, reversed.size())));
        assertEquals(onePass.clusters(), inParts.clusters());
        assertTrue(onePass.clusters().stream().anyMatch(c -> c.canonical().equals("port/crane.txt")));
    }

    @Test
    void clusterNamesTheCanonicalCopyAndEachOtherWithItsSimilarity() {
        DuplicateCluster crane = clusters(List.of(corpus())).clusters().stream()
                .filter(c -> c.canonical().equals("port/crane.txt")).findFirst().orElseThrow();
        assertEquals(List.of(new DuplicateCluster.Copy("wire/crane-again.txt", 1.0, true),
                new DuplicateCluster.Copy("wire/crane.txt", 1.0, false)), crane.copies());
    }

    @Test
    void bandingCatchesPairsAtTheThresholdAndFewFarBelowIt() {
        for (double threshold : new double[] {0.5, 0.75, 0.8, 0.95}) {
            LshBands bands = LshBands.forThreshold(threshold);
            assertTrue(LshBands.candidateProbability(threshold, bands.rows(), bands.bands())
                    >= LshBands.RECALL_AT_THRESHOLD, "threshold " + threshold);
        }
        LshBands atDefault = LshBands.forThreshold(0.75);
        assertTrue(LshBands.candidateProbability(0.3, atDefault.rows(), atDefault.bands())
                < 0.1, atDefault.toString());
    }

    @Test
    void clustersFoundElsewhereFromTheSameComponentsAreTheOnesFoundHere() {
        List<Document> documents = corpus();
        DuplicateClusters here = clusters(List.of(documents));
        Map<String, DocumentSignature> byPath = new java.util.HashMap<>();
        documents.forEach(d -> byPath.put(d.path(), MinHashSignature.of(d)));
        // Components as a distributed run finds them: members in no particular order.
        List<List<DocumentSignature>> components = new ArrayList<>();
        List<DocumentSignature> members = new ArrayList<>();
        for (DuplicateCluster cluster : here.clusters()) {
            List<DocumentSignature> component = new ArrayList<>();
            cluster.copies().forEach(c -> component.add(byPath.get(c.path())));
            component.add(byPath.get(cluster.canonical()));
            components.add(component);
            members.addAll(component);
        }
        components.add(List.of(byPath.get(documents.get(0).path()))); // alone: no cluster
        List<DuplicateCluster> found = DuplicateClusters.ofComponents(components);
        assertEquals(here.clusters(), found);

        DuplicateSignatures given = DuplicateSignatures.ofClusters(members, Map.of(0.75, found));
        assertEquals(here.clusters(), DuplicateClusters.find(given, 0.75).clusters());
        assertEquals(members.size(), given.inPathOrder().size());
        assertThrows(IllegalStateException.class, () -> DuplicateClusters.find(given, 0.9));
    }

    @Test
    void aShortRunIsVerifiedPairByPairALongOneAgainstItsFirstAndPreviousMember() {
        List<String> shortRun = new ArrayList<>();
        DuplicateClusters.pairsToVerify(3, (i, j) -> shortRun.add(i + "-" + j));
        assertEquals(List.of("1-0", "2-0", "2-1"), shortRun);
        List<String> longRun = new ArrayList<>();
        DuplicateClusters.pairsToVerify(10, (i, j) -> longRun.add(i + "-" + j));
        assertEquals(18, longRun.size());
        assertEquals(List.of("9-0", "9-8"), longRun.subList(16, 18));
    }

    @Test
    void bandKeysKeepTheirLowBitsOnly() {
        DocumentSignature crane = MinHashSignature.of(new Document("port/crane.txt", STORY));
        LshBands bands = LshBands.forThreshold(0.75);
        for (int band = 0; band < bands.bands(); band++) {
            long key = bands.key(crane.minHashes(), band);
            assertTrue(key >= 0 && key < 1L << LshBands.KEY_BITS, "band " + band + ": " + key);
        }
    }
}
