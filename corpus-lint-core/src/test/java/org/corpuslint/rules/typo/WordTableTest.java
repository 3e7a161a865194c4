package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private static WordTable table(List<String> words) {
        long[] occurrences = new long[words.size()];
        long[] documents = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            occurrences[i] = 100L + i;
            documents[i] = 10L + i;
        }
        return new WordTable(words, occurrences, documents);
    }

    @Test
    void findsEveryWordWithItsCountsAndNoOther() {
        List<String> words = List.of("harbour", "Harbour", "harbours", "ferry", "Ærø", "Αθήνα");
        WordTable table = table(words);
        for (int i = 0; i < words.size(); i++) {
            // a copy, not the instance the table was built from
            int record = table.find(new String(words.get(i).toCharArray()));
            assertTrue(record >= 0, words.get(i));
            assertEquals(100L + i, table.occurrences(record));
            assertEquals(10L + i, table.documents(record));
        }
        assertEquals(-1, table.find("harbou"));
        assertEquals(-1, table.find("HARBOUR"));
        assertEquals(-1, table.find(""));
        assertEquals(words, table.words());
    }

    /**
     * Records laid out commonest first still give each word its own counts and facts, for
     * random words with random (and tied, and huge) counts, and no record to any other word.
     */
    @Test
    void findsEveryWordWhateverOrderItsRecordLiesIn() {
        java.util.Random random = new java.util.Random(5);
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        while (distinct.size() < 5_000) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(9); k > 0; k--) {
                w.append("abcdeAÉz'".charAt(random.nextInt(9)));
            }
            distinct.add(w.toString());
        }
        List<String> words = new ArrayList<>(distinct);
        long[] occurrences = new long[words.size()];
        long[] documents = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            occurrences[i] = random.nextInt(4) == 0 ? Long.MAX_VALUE - random.nextInt(3)
                    : random.nextInt(50);
            documents[i] = i;
        }
        WordTable table = new WordTable(words, occurrences, documents);
        java.util.Set<Integer> records = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            int record = table.find(new String(words.get(i).toCharArray()));
            assertEquals(occurrences[i], table.occurrences(record));
            assertEquals(i, table.documents(record));
            assertEquals(i, table.id(record));
            assertTrue(records.add(record));
            table.addFacts(record, 1 + i % 255);
        }
        int[] found = new int[words.size()];
        table.findAll(words.toArray(new String[0]), words.size(), found);
        for (int i = 0; i < words.size(); i++) {
            assertEquals(table.find(words.get(i)), found[i]);
            assertEquals(1 + i % 255, table.facts(found[i]));
        }
        for (int k = 0; k < 2_000; k++) {
            String other = words.get(random.nextInt(words.size())) + "q";
            assertEquals(distinct.contains(other) ? table.find(other) : -1, table.find(other));
        }
        assertEquals(words, table.words());
    }

    @Test
    void tellsApartWordsOfTheSameHash() {
        // "Aa" and "BB" share String.hashCode, and so do the longer words built of them.
        List<String> words = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        assertEquals(words.get(0).hashCode(), words.get(3).hashCode());
        WordTable table = table(words);
        for (int i = 0; i < words.size(); i++) {
            assertEquals(100L + i, table.occurrences(table.find(words.get(i))));
        }
        assertEquals(-1, table.find("AaAaAa"));
    }

    @Test
    void keepsTheFactsAddedToAWordApartFromTheOthers() {
        WordTable table = table(List.of("quay", "jetty", "pier"));
        int jetty = table.find("jetty");
        assertEquals(0, table.facts(jetty));
        table.addFacts(jetty, WordTable.KNOWN_SET | WordTable.KNOWN);
        table.addFacts(jetty, 3 << WordTable.KIND_SHIFT);
        assertEquals(WordTable.KNOWN_SET | WordTable.KNOWN | 3 << WordTable.KIND_SHIFT,
                table.facts(table.find("jetty")));
        assertEquals(0, table.facts(table.find("quay")));
        assertEquals(0, table.facts(table.find("pier")));
        assertEquals(101L, table.occurrences(jetty));
    }

    @Test
    void holdsManyWordsAndLongOnes() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("w" + Integer.toString(i, 36));
        }
        String longWord = "x".repeat(70_000);
        words.add(longWord);
        WordTable table = table(words);
        for (int i = 0; i < words.size(); i++) {
            assertEquals(100L + i, table.occurrences(table.find(words.get(i))));
        }
        assertNotEquals(-1, table.find("x".repeat(70_000)));
        assertEquals(-1, table.find("x".repeat(69_999)));
    }
}
