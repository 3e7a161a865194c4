package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
}
