package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Test;

/** The tables find the arcs the automaton finds, and a speller over them gives its answers. */
class ArcTableFsaTest {

    private static final String RESOURCES = "/org/languagetool/resource/en/hunspell/";

    @Test
    void sameArcsAsTheAutomatonToTheFourthLevel() throws IOException {
        for (String variant : List.of("en_US", "en_GB")) {
            FSA fsa = read(variant).fsa;
            ArcTableFsa tables = new ArcTableFsa(fsa);
            assertEquals(fsa.getRootNode(), tables.getRootNode());
            Deque<int[]> nodes = new ArrayDeque<>();
            Set<Integer> seen = new HashSet<>();
            nodes.add(new int[] {fsa.getRootNode(), 0});
            int compared = 0;
            while (!nodes.isEmpty()) {
                int[] next = nodes.poll();
                for (int label = 0; label < 256; label++) {
                    int arc = fsa.getArc(next[0], (byte) label);
                    assertEquals(arc, tables.getArc(next[0], (byte) label), variant + " node "
                            + next[0] + " label " + label);
                    compared++;
                    if (arc != 0 && !fsa.isArcTerminal(arc) && next[1] < 3
                            && seen.add(fsa.getEndNode(arc))) {
                        nodes.add(new int[] {fsa.getEndNode(arc), next[1] + 1});
                    }
                }
            }
            assertTrue(compared > 100_000, "arcs compared: " + compared);
        }
    }

    @Test
    void aSpellerOverTheTablesGivesTheSameAnswers() throws IOException {
        String[] words = {"the", "The", "colour", "color", "Colour", "Pyongyang", "pyongyang",
            "Korean", "korean", "recieve", "receive", "NASA", "Nasa", "nasa", "iPhone", "x",
            "isn't", "don't", "co-operate", "naïve", "café", "Zürich", "zebra", "Zzyzx", "a",
            "A", "I", "e-mail", "3D", "24-hour", "", "GOVERNMENT", "Government", "goverment"};
        Random random = new Random(14);
        String letters = "abcdefghijklmnopqrstuvwxyzAEIOUSTé'-";
        for (String variant : List.of("en_US", "en_GB")) {
            Dictionary raw = read(variant);
            Speller plain = new Speller(raw, 1);
            Speller tabled = new Speller(new Dictionary(new ArcTableFsa(raw.fsa), raw.metadata), 1);
            for (String word : words) {
                assertSameAnswers(plain, tabled, word);
            }
            for (int k = 0; k < 20_000; k++) {
                StringBuilder word = new StringBuilder();
                int n = 1 + random.nextInt(9);
                for (int i = 0; i < n; i++) {
                    word.append(letters.charAt(random.nextInt(i == 0 ? 36 : 26)));
                }
                assertSameAnswers(plain, tabled, word.toString());
            }
            for (String word : List.of("recieve", "goverment", "Pyonyang")) {
                assertEquals(plain.findReplacements(word), tabled.findReplacements(word), word);
            }
        }
    }

    private static void assertSameAnswers(Speller plain, Speller tabled, String word) {
        assertEquals(plain.isMisspelled(word), tabled.isMisspelled(word), word);
        assertEquals(plain.getFrequency(word), tabled.getFrequency(word), word);
    }

    private static Dictionary read(String variant) throws IOException {
        return Dictionary.read(ArcTableFsaTest.class.getResource(RESOURCES + variant + ".dict"));
    }
}
