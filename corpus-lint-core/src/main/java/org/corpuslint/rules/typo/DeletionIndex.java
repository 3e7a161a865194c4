package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words filed under their lower case and every string one deletion shorter ({@code cat}:
 * {@code cat}, {@code at}, {@code ct}, {@code ca}), for finding the words near a query by
 * looking up the query's own deletions. Kept as one array of {@code (key hash, word id)} pairs
 * grouped by the hash's top bits (a counting sort: two passes over the pairs, where sorting them
 * took a quicksort the JIT compiled several times in every run's start-up) instead of a map of
 * key strings to lists: no string per key is built or kept, which at a corpus of a million
 * distinct words is ten million strings. A key's hash may be shared by other keys, so each word
 * found under a hash is checked to have the key itself.
 */
final class DeletionIndex {

    private static final long BASE = 1_000_003L;
    private static final long LOW_BITS = 0xFFFF_FFFFL;

    private final List<String> words;
    /**
     * {@code hash << 32 | word id}, each pair once, grouped by bucket (the hash's top
     * {@link #bucketBits} bits); within a bucket in the order filed, so in id order.
     */
    private final long[] entries;
    /** Where each bucket's entries start, and after the last its end. */
    private final int[] bucketStart;
    private final int bucketBits;

    /**
     * @param words the words by id
     * @param filed per id, whether that word is filed at all
     */
    DeletionIndex(List<String> words, boolean[] filed) {
        this.words = words;
        long count = 0;
        String[] lowerCase = new String[words.size()];
        for (int id = 0; id < words.size(); id++) {
            if (filed[id]) {
                // lower case may be longer than the word (İ)
                lowerCase[id] = words.get(id).toLowerCase(Locale.ROOT);
                count += lowerCase[id].length() + 1L;
            }
        }
        if (count > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many corpus words for one index: "
                    + words.size());
        }
        long[] pairs = new long[(int) count];
        int at = 0;
        long[] prefix = new long[0];
        for (int id = 0; id < words.size(); id++) {
            if (!filed[id]) {
                continue;
            }
            String lower = lowerCase[id];
            int n = lower.length();
            if (prefix.length < n + 1) {
                prefix = new long[n + 1];
            }
            // prefix[i]: hash of lower[0..i); the suffix after i is summed from the end below.
            for (int i = 0; i < n; i++) {
                prefix[i + 1] = prefix[i] * BASE + lower.charAt(i);
            }
            int first = at;
            pairs[at++] = pair(prefix[n], id);
            long suffix = 0;
            long power = 1;
            for (int i = n - 1; i >= 0; i--) {
                // lower without letter i: prefix[i] * BASE^(n-1-i) + hash of lower(i..n)
                at = fileOnce(pairs, first, at, pair(prefix[i] * power + suffix, id));
                suffix += lower.charAt(i) * power;
                power *= BASE;
            }
        }
        // About two pairs a bucket: the buckets cost less than the pairs, a look-up reads few.
        int bits = 1;
        while (bits < 30 && (1 << bits) < at / 2) {
            bits++;
        }
        this.bucketBits = bits;
        int[] starts = new int[(1 << bits) + 1];
        for (int k = 0; k < at; k++) {
            starts[bucket(pairs[k], bits) + 1]++;
        }
        for (int b = 0; b < 1 << bits; b++) {
            starts[b + 1] += starts[b];
        }
        int[] next = Arrays.copyOf(starts, 1 << bits);
        long[] grouped = new long[at];
        for (int k = 0; k < at; k++) {
            grouped[next[bucket(pairs[k], bits)]++] = pairs[k];
        }
        this.entries = grouped;
        this.bucketStart = starts;
    }

    /**
     * Files {@code pair} at {@code at} unless the word's own pairs since {@code first} hold it
     * already (a deletion in a run of one letter, {@code book}: {@code bok} twice); returns the
     * next free place.
     */
    private static int fileOnce(long[] pairs, int first, int at, long pair) {
        for (int k = first; k < at; k++) {
            if (pairs[k] == pair) {
                return at;
            }
        }
        pairs[at] = pair;
        return at + 1;
    }

    private static int bucket(long pair, int bits) {
        return (int) (pair >>> (64 - bits));
    }

    /**
     * The words filed under {@code key} (lower case), in id order: those whose lower case is
     * {@code key} or {@code key} with one letter more.
     */
    List<String> filedUnder(String key) {
        long hash = 0;
        for (int i = 0; i < key.length(); i++) {
            hash = hash * BASE + key.charAt(i);
        }
        long low = (long) fold(hash) << 32;
        int bucket = bucket(low, bucketBits);
        List<String> found = null;
        for (int k = bucketStart[bucket]; k < bucketStart[bucket + 1]; k++) {
            if ((entries[k] & ~LOW_BITS) != low) {
                continue;
            }
            String word = words.get((int) (entries[k] & LOW_BITS));
            if (WordForm.isLatin1(word) ? hasKeyLatin1(word, key)
                    : hasKey(word.toLowerCase(Locale.ROOT), key)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(word);
            }
        }
        return found == null ? List.of() : found;
    }

    /** True when {@code key} is {@code lower} or {@code lower} with one letter deleted. */
    private static boolean hasKey(String lower, String key) {
        int n = lower.length();
        if (n == key.length()) {
            return lower.equals(key);
        }
        if (n != key.length() + 1) {
            return false;
        }
        int p = 0;
        while (p < key.length() && lower.charAt(p) == key.charAt(p)) {
            p++;
        }
        return lower.regionMatches(p + 1, key, p, key.length() - p);
    }

    /**
     * {@link #hasKey} of {@code word}'s lower case, for a word of Latin-1 letters: lower-cased
     * letter by letter, as {@link String#toLowerCase} would, without the copy.
     */
    private static boolean hasKeyLatin1(String word, String key) {
        int n = word.length();
        int m = key.length();
        if (n != m && n != m + 1) {
            return false;
        }
        int p = 0;
        while (p < m && WordForm.LATIN1_LOWER[word.charAt(p)] == key.charAt(p)) {
            p++;
        }
        if (n == m) {
            return p == m;
        }
        for (int k = p; k < m; k++) {
            if (WordForm.LATIN1_LOWER[word.charAt(k + 1)] != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static long pair(long hash, int id) {
        return ((long) fold(hash) << 32) | id;
    }

    private static int fold(long hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32);
    }
}
