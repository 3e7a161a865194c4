package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Duplicates planted among generated articles, for the duplicate rules: exact copies (white
 * space changed; one with a header date a month later), near copies (a word changed and a line
 * of page chrome added), and a chain of three versions of one story in which each is a near copy
 * of the next but the first and the last are too far apart to be one on their own.
 */
final class PlantedCopies {

    /** The chain, oldest first: each a few words away from the one before. */
    static final List<String> CHAIN = List.of("chain/first.txt", "chain/second.txt",
            "chain/third.txt");

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "vo",
        "pe", "da", "gu", "ho", "ze", "fi", "mo", "bal", "ter", "nis", "quor", "wen"};

    private PlantedCopies() {}

    /** Adds the copies to {@code articles} (relative path to text; generated, with dates). */
    static void addTo(Map<String, String> articles) {
        List<String> paths = new ArrayList<>(articles.keySet());
        for (int i : new int[] {7, 8, 100, 1_500}) {
            String path = paths.get(i);
            articles.put("copies/exact-" + i + ".txt",
                    articles.get(path).replace("\n\n", "\n\n\n").replace(". ", ".  "));
        }
        String dated = paths.get(14);
        String text = articles.get(dated);
        if (text.startsWith(" date 2023-")) {
            articles.put("copies/redated.txt", " date 2024-" + text.substring(11));
        }
        for (int i : new int[] {30, 31, 900}) {
            String original = articles.get(paths.get(i));
            int said = original.indexOf(" said ");
            articles.put("copies/near-" + i + ".txt", original.substring(0, said)
                    + " told reporters" + original.substring(said + 5)
                    + "Subscribe to our evening briefing\n");
        }
        List<String> words = story(new Random(5));
        articles.put(CHAIN.get(0), text(" date 2023-03-01", words));
        edit(words, 10, 60, 1);
        articles.put(CHAIN.get(1), text(" date 2023-03-02", words));
        edit(words, 130, 180, 2);
        articles.put(CHAIN.get(2), text(" date 2023-03-03", words));
    }

    /** 240 invented words: distinct shingles, so that each edit moves the similarity. */
    private static List<String> story(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return words;
    }

    /** Changes every tenth word from {@code from} to {@code to}. */
    private static void edit(List<String> words, int from, int to, int round) {
        for (int i = from; i <= to; i += 10) {
            words.set(i, "edit" + round + "x" + i);
        }
    }

    /** A headline, then sentences of twelve words, three to a paragraph line. */
    private static String text(String header, List<String> words) {
        StringBuilder text = new StringBuilder(header).append("\nHarbour notes\n\n");
        for (int i = 0; i < words.size(); i++) {
            text.append(words.get(i));
            if (i % 12 == 11) {
                text.append(i % 36 == 35 ? ".\n\n" : ". ");
            } else {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
