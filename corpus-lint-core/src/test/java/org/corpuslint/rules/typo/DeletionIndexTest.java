package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index files each word where a map of every one-deletion key string would. */
class DeletionIndexTest {

    private static final String LETTERS = "aabbcdeeAEéÉİı";

    @Test
    void sameWordsAsAMapOfKeyStrings() {
        Random random = new Random(11);
        Set<String> distinct = new LinkedHashSet<>(List.of("Pyongyang", "pyongyang", "Rodong",
                "Korean", "korea", "Koran", "cat", "act", "at"));
        while (distinct.size() < 3_000) {
            distinct.add(word(random, 1 + random.nextInt(8)));
        }
        List<String> words = new ArrayList<>(distinct);
        boolean[] filed = new boolean[words.size()];
        Map<String, List<String>> expected = new HashMap<>();
        for (int id = 0; id < words.size(); id++) {
            filed[id] = id < 9 || id % 7 != 3;
            if (filed[id]) {
                for (String key : keys(words.get(id).toLowerCase(Locale.ROOT))) {
                    expected.computeIfAbsent(key, k -> new ArrayList<>()).add(words.get(id));
                }
            }
        }
        DeletionIndex index = new DeletionIndex(words, filed);
        int hits = 0;
        for (String key : expected.keySet()) {
            assertEquals(expected.get(key), index.filedUnder(key), key);
            hits++;
        }
        for (int k = 0; k < 20_000; k++) {
            String key = word(random, random.nextInt(8)).toLowerCase(Locale.ROOT);
            assertEquals(expected.getOrDefault(key, List.of()), index.filedUnder(key), key);
        }
        assertTrue(hits > 10_000, "keys compared: " + hits);
        assertEquals(List.of("Korean"), index.filedUnder("korean"));
        assertEquals(List.of("Korean", "korea"), index.filedUnder("korea"));
        assertEquals(List.of("cat", "act", "at"), index.filedUnder("at"));
    }

    private static Set<String> keys(String lower) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lower);
        for (int i = 0; i < lower.length(); i++) {
            out.add(lower.substring(0, i) + lower.substring(i + 1));
        }
        return out;
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
