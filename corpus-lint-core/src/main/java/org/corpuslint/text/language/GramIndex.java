package org.corpuslint.text.language;

/**
 * Finds a gram's position in {@link NgramTable#keys()} by hashing instead of a binary search:
 * the detector looks up every gram of every paragraph it is asked about, and 17 steps through
 * 114,000 keys cost a cache miss each. Open addressing with linear probing, at most half full;
 * the position found is the one the binary search finds.
 */
final class GramIndex {

    private final long[] slotKeys;
    private final int[] slotIndexes;
    private final int mask;

    GramIndex(long[] keys) {
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2) * 2;
        slotKeys = new long[capacity];
        slotIndexes = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(slotIndexes, -1);
        for (int i = 0; i < keys.length; i++) {
            int slot = slot(keys[i]);
            while (slotIndexes[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = keys[i];
            slotIndexes[slot] = i;
        }
    }

    /** The position of {@code key}, or a negative number when it is not a key. */
    int indexOf(long key) {
        if (key < 0) {
            return -1;
        }
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            int index = slotIndexes[slot];
            if (index < 0 || slotKeys[slot] == key) {
                return index;
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
