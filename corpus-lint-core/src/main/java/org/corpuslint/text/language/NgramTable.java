package org.corpuslint.text.language;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identifier's n-gram statistics in compact form: for each letter n-gram (one to three
 * characters) of the language profiles, the languages whose profile holds it and how often,
 * and for each language the total of its n-gram occurrences per length. A gram's probability
 * in a language is its count divided by that total, computed exactly as the detector computes
 * it from the profiles, so that the answers do not change. About 114,000 grams and 276,000
 * counts (2.7 MB, read in a few tens of milliseconds) instead of 70 profiles parsed from JSON
 * into a map of 114,000 arrays of 70 doubles (a second of CPU, 80 MB of heap).
 *
 * @param languages the language codes, in the detector's order
 * @param totals per language, the occurrences of its grams of length 1, 2 and 3
 * @param keys the grams, encoded by {@link #key}, ascending
 * @param offsets where each gram's counts start in {@code languageOf} and {@code counts}, with
 *     one more entry for the end
 * @param languageOf for each count, the index of its language
 * @param counts the grams' occurrences in each language's profile
 */
record NgramTable(List<String> languages, long[] totals, long[] keys, int[] offsets,
        byte[] languageOf, int[] counts) {

    private static final int MAGIC = 0x434c4e33; // "CLN3"
    static final int MAX_GRAM = 3;

    /** The index of {@code gram} in {@link #keys}, negative when absent. */
    int indexOf(String gram) {
        long key = key(gram);
        return key < 0 ? -1 : Arrays.binarySearch(keys, key);
    }

    /** The probabilities of the gram at {@code index}, which has {@code length} characters. */
    double[] probabilities(int index, int length) {
        double[] out = new double[languages.size()];
        for (int i = offsets[index]; i < offsets[index + 1]; i++) {
            int language = languageOf[i];
            // The detector's own arithmetic: Integer.doubleValue() / long, the long widened.
            out[language] = ((double) counts[i]) / totals[language * MAX_GRAM + length - 1];
        }
        return out;
    }

    /** A gram of one to three UTF-16 units as a number, ordered; -1 for any other string. */
    static long key(String gram) {
        int length = gram.length();
        if (length < 1 || length > MAX_GRAM) {
            return -1;
        }
        long key = length;
        for (int i = 0; i < MAX_GRAM; i++) {
            key = (key << 16) | (i < length ? gram.charAt(i) : 0);
        }
        return key;
    }

    /**
     * The table of the {@code languages} (in the detector's order) given each one's grams with
     * their counts, and its total occurrences per gram length ({@code totals[language * 3 +
     * length - 1]}).
     */
    static NgramTable of(List<String> languages, List<Map<String, Integer>> grams,
            long[] totals) {
        TreeMap<Long, List<int[]>> byKey = new TreeMap<>();
        for (int language = 0; language < languages.size(); language++) {
            for (Map.Entry<String, Integer> gram : grams.get(language).entrySet()) {
                long key = key(gram.getKey());
                if (key < 0) {
                    throw new IllegalArgumentException("not a gram of 1 to 3 units: "
                            + gram.getKey());
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new int[] {language, gram.getValue()});
            }
        }
        long[] keys = new long[byKey.size()];
        int[] offsets = new int[keys.length + 1];
        int entries = byKey.values().stream().mapToInt(List::size).sum();
        byte[] languageOf = new byte[entries];
        int[] counts = new int[entries];
        int gram = 0;
        int entry = 0;
        for (Map.Entry<Long, List<int[]>> e : byKey.entrySet()) {
            keys[gram] = e.getKey();
            offsets[gram] = entry;
            for (int[] languageCount : e.getValue()) {
                languageOf[entry] = (byte) languageCount[0];
                counts[entry] = languageCount[1];
                entry++;
            }
            gram++;
        }
        offsets[gram] = entry;
        return new NgramTable(List.copyOf(languages), totals, keys, offsets, languageOf, counts);
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(languages.size());
        for (String language : languages) {
            data.writeUTF(language);
        }
        for (long total : totals) {
            data.writeLong(total);
        }
        data.writeInt(keys.length);
        data.writeInt(counts.length);
        for (long key : keys) {
            data.writeLong(key);
        }
        for (int offset : offsets) {
            data.writeInt(offset);
        }
        data.write(languageOf);
        for (int count : counts) {
            data.writeInt(count);
        }
        data.flush();
    }

    /** The table written by {@link #write}, or {@code null} when the stream holds none. */
    static NgramTable read(InputStream in) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(in.readAllBytes()); // big-endian, as written
        if (data.remaining() < 8 || data.getInt() != MAGIC) {
            return null;
        }
        List<String> languages = new ArrayList<>();
        int languageCount = data.getInt();
        for (int i = 0; i < languageCount; i++) {
            byte[] utf = new byte[data.getShort() & 0xffff];
            data.get(utf);
            languages.add(new String(utf, java.nio.charset.StandardCharsets.UTF_8)); // ASCII codes
        }
        long[] totals = new long[languageCount * MAX_GRAM];
        data.asLongBuffer().get(totals);
        data.position(data.position() + totals.length * Long.BYTES);
        long[] keys = new long[data.getInt()];
        int[] counts = new int[data.getInt()];
        int[] offsets = new int[keys.length + 1];
        byte[] languageOf = new byte[counts.length];
        data.asLongBuffer().get(keys);
        data.position(data.position() + keys.length * Long.BYTES);
        data.asIntBuffer().get(offsets);
        data.position(data.position() + offsets.length * Integer.BYTES);
        data.get(languageOf);
        data.asIntBuffer().get(counts);
        return new NgramTable(List.copyOf(languages), totals, keys, offsets, languageOf, counts);
    }
}
