package org.corpuslint.profile;

import java.util.Arrays;

/**
 * The insertion step of a bottom-k sketch: the {@code k} smallest distinct keys, kept sorted
 * in the front of an array. {@link LineRecurrence} and {@link LineTable} keep their story keys
 * so, one in an object per line, the other in columns; both count stories the same way.
 */
final class SmallestKeys {

    private SmallestKeys() {}

    /**
     * Where {@code key} goes among {@code keys[0, size)}, kept to the {@code k} smallest; -1
     * when it is there already or too large to be kept.
     */
    static int insertionPoint(int[] keys, int size, int key, int k) {
        if (size == k && key > keys[size - 1]) {
            return -1;
        }
        int at = Arrays.binarySearch(keys, 0, size, key);
        return at >= 0 ? -1 : -at - 1;
    }

    /** {@code keys} with room for one more key below {@code k}: doubled when full. */
    static int[] withRoom(int[] keys, int size, int k) {
        return size == keys.length && size < k ? Arrays.copyOf(keys, Math.min(k, size * 2)) : keys;
    }

    /**
     * Puts {@code key} at {@code insert} (from {@link #insertionPoint}) into {@code keys},
     * which has room or holds {@code k} keys (the largest then drops out); the new size.
     */
    static int insert(int[] keys, int size, int key, int insert, int k) {
        int kept = size == k ? size - 1 : size;
        System.arraycopy(keys, insert, keys, insert + 1, kept - insert);
        keys[insert] = key;
        return kept + 1;
    }
}
