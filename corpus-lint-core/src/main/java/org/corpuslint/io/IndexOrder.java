package org.corpuslint.io;

import java.util.function.IntBinaryOperator;

/**
 * Sorts the indexes of a packed column instead of its records: a million paths kept as bytes
 * need not become a million objects to be put in order.
 */
public final class IndexOrder {

    private IndexOrder() {}

    /**
     * The indexes {@code 0..size-1} ordered by {@code compare}, equal ones in index order (a
     * stable merge sort on {@code int}s, no boxing).
     */
    public static int[] sorted(int size, IntBinaryOperator compare) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] buffer = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int from = 0; from < size; from += 2 * width) {
                int middle = Math.min(from + width, size);
                int to = Math.min(from + 2 * width, size);
                int i = from;
                int j = middle;
                int k = from;
                while (i < middle && j < to) {
                    buffer[k++] = compare.applyAsInt(order[j], order[i]) < 0
                            ? order[j++] : order[i++];
                }
                while (i < middle) {
                    buffer[k++] = order[i++];
                }
                while (j < to) {
                    buffer[k++] = order[j++];
                }
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }
}
