package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

    private static final long[] EDGES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -2, -1, 0, 1, 2,
        Long.MAX_VALUE - 1, Long.MAX_VALUE, 1L << 62, -(1L << 62)};

    @Test
    void branchFreeMinimumIsTheSignedMinimumEvenWhenTheDifferenceOverflows() {
        for (long a : EDGES) {
            for (long b : EDGES) {
                assertEquals(Math.min(a, b), MinHashSignature.signedMin(a, b), a + " " + b);
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 1_000_000; i++) {
            long a = random.nextLong();
            long b = i % 3 == 0 ? a + random.nextInt(5) - 2 : random.nextLong();
            assertEquals(Math.min(a, b), MinHashSignature.signedMin(a, b));
        }
    }

    /**
     * The signature of a fixed article, pinned as the loop with a branch computed it: the
     * minima, and so every duplicate finding, do not depend on how the minimum is taken.
     */
    @Test
    void signatureOfAFixedArticleIsUnchanged() {
        StringBuilder text = new StringBuilder(" date 2024-03-05\nA Headline For The Piece\n\n");
        String[] words = ("river bridge council vote budget school winter harbour market"
                + " festival library station").split(" ");
        java.util.Random random = new java.util.Random(7);
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            StringBuilder line = new StringBuilder("The");
            for (int w = 0; w < 30; w++) {
                line.append(' ').append(words[random.nextInt(words.length)]);
            }
            text.append(line).append(".\n\n");
        }
        DocumentSignature signature = MinHashSignature.of(new Document("a.txt", text.toString()));
        assertEquals(8964644072992706709L, signature.exactHash());
        assertEquals(948205513, Arrays.hashCode(signature.minHashes()));
        assertEquals(10020, signature.minHashes()[0]);
        assertEquals(-10472, signature.minHashes()[127]);
    }
}
