package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

/**
 * Duplicate signatures keep their serialized form: a form written before the signatures were
 * spilled reads back, and what is written now reads back the same.
 */
class SignatureSerializationTest {

    private static final String STORY = "The harbour authority opened a second container"
            + " terminal on Monday after three years of building, and the first ships berthed"
            + " there before noon.\n";

    @Test
    void readsTheFormWrittenWhenSignaturesWereHeldInAList() throws Exception {
        DuplicateSignatures read;
        try (InputStream in = getClass().getResourceAsStream("signatures-v1.ser");
                ObjectInputStream objects = new ObjectInputStream(in)) {
            read = (DuplicateSignatures) objects.readObject();
        }
        assertSignatures(read);
        read.close();
    }

    @Test
    void writesAndReadsBackCountedSignaturesAndClusters() throws Exception {
        DuplicateSignatures counted = DuplicateSignatures.STATISTIC.empty();
        DuplicateSignatures.STATISTIC.add(counted, new Document("b/port.txt", STORY));
        DuplicateSignatures.STATISTIC.add(counted, new Document("a/port.txt", STORY));
        DuplicateSignatures.STATISTIC.add(counted, new Document("a/note.txt", "A short note.\n"));
        DuplicateSignatures copy = roundTrip(counted);
        assertSignatures(copy);

        List<DuplicateCluster> clusters = DuplicateClusters.find(counted, 0.75).clusters();
        DuplicateSignatures onlyClusters = counted.keepOnly(Map.of(0.75, clusters));
        DuplicateSignatures clustersCopy = roundTrip(onlyClusters);
        assertEquals(clusters, DuplicateClusters.find(clustersCopy, 0.75).clusters());
        assertEquals(List.of("a/port.txt", "b/port.txt"), clustersCopy.inPathOrder().stream()
                .map(DocumentSignature::path).toList());
        copy.close();
    }

    private static void assertSignatures(DuplicateSignatures signatures) {
        List<DocumentSignature> inOrder = signatures.inPathOrder();
        assertEquals(List.of("a/note.txt", "a/port.txt", "b/port.txt"),
                inOrder.stream().map(DocumentSignature::path).toList());
        DocumentSignature expected = MinHashSignature.of(new Document("a/port.txt", STORY));
        assertArrayEquals(expected.minHashes(), inOrder.get(1).minHashes());
        assertEquals(expected.exactHash(), inOrder.get(2).exactHash());
        assertEquals(null, inOrder.get(0).minHashes());
        List<DuplicateCluster> clusters = DuplicateClusters.find(signatures, 0.75).clusters();
        assertEquals(List.of(new DuplicateCluster("a/port.txt",
                List.of(new DuplicateCluster.Copy("b/port.txt", 1.0, true)))), clusters);
    }

    private static DuplicateSignatures roundTrip(DuplicateSignatures signatures)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(signatures);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DuplicateSignatures) in.readObject();
        }
    }
}
