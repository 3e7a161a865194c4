package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SmallestKeysTest {

    /** Whatever the order and repetition of the keys, the k smallest distinct ones, sorted. */
    @Test
    void keepsTheKSmallestDistinctKeysSorted() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 2_000; round++) {
            int k = 1 + random.nextInt(8);
            int[] keys = new int[1];
            int size = 0;
            TreeSet<Integer> all = new TreeSet<>();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                int key = random.nextInt(30) - 10;
                all.add(key);
                int insert = SmallestKeys.insertionPoint(keys, size, key, k);
                if (insert >= 0) {
                    keys = SmallestKeys.withRoom(keys, size, k);
                    size = SmallestKeys.insert(keys, size, key, insert, k);
                }
            }
            int[] expected = all.stream().limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, java.util.Arrays.copyOf(keys, size), "round " + round);
        }
    }
}
