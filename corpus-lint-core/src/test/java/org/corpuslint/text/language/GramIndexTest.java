package org.corpuslint.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GramIndexTest {

    @Test
    void findsWhatTheBinarySearchFinds() {
        Random random = new Random(16);
        long[] keys = random.longs(5_000, 0, 1L << 50).sorted().distinct().toArray();
        GramIndex index = new GramIndex(keys);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.indexOf(keys[i]));
        }
        for (int n = 0; n < 50_000; n++) {
            long key = random.nextLong(1L << 50);
            int expected = Arrays.binarySearch(keys, key);
            int found = index.indexOf(key);
            assertEquals(expected >= 0 ? expected : -1, found >= 0 ? found : -1);
        }
        assertTrue(index.indexOf(-1) < 0);
    }

    @Test
    void anEmptyTableHoldsNothing() {
        assertTrue(new GramIndex(new long[0]).indexOf(NgramTable.key("ab")) < 0);
    }
}
