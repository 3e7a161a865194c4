package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The records' order is the order of a sort by count, highest first, ties by id. */
class WordTableOrderTest {

    @Test
    void sameOrderAsSortingEveryWordByItsCount() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(3_000);
            long[] occurrences = new long[n];
            for (int id = 0; id < n; id++) {
                int kind = random.nextInt(10);
                occurrences[id] = kind < 6 ? random.nextInt(5) : kind < 9 ? random.nextInt(600)
                        : kind == 9 && random.nextBoolean() ? 3_000_000_000L : 255 + random.nextInt(3);
            }
            assertArrayEquals(sortedByCount(occurrences, n), WordTable.byOccurrences(occurrences, n));
        }
    }

    private static int[] sortedByCount(long[] occurrences, int n) {
        long[] keyed = new long[n];
        for (int id = 0; id < n; id++) {
            long count = Math.min(occurrences[id], Integer.MAX_VALUE);
            keyed[id] = ((Integer.MAX_VALUE - count) << 32) | id;
        }
        Arrays.sort(keyed);
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = (int) keyed[k];
        }
        return ids;
    }
}
