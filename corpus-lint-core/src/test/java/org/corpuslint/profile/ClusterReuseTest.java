package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

class ClusterReuseTest {

    private static final String[] WORDS = {"harbour", "council", "ferry", "quay", "crane",
        "budget", "school", "bridge", "market", "festival", "residents", "engineers", "storm",
        "cargo", "timetable", "mayor", "island", "road", "repairs", "winter", "tourists",
        "fishermen", "licence", "station", "library", "hospital", "court", "river", "museum",
        "election", "vote", "farmers", "tide", "lighthouse", "pier", "ticket", "parking"};
    private static final double THRESHOLD = DuplicateClusters.DEFAULT_THRESHOLD;

    private static String article(Random random) {
        StringBuilder text = new StringBuilder("News of the day\n\n");
        int sentences = 6 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            int words = 8 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : ".");
            }
            text.append(s % 2 == 1 ? "\n\n" : " ");
        }
        return text.toString().strip() + "\n";
    }

    /** Articles by path, every fifth with a copy that carries a line of chrome more. */
    private static Map<String, String> corpus(Random random) {
        Map<String, String> texts = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            String text = article(random);
            texts.put("a/" + i + ".txt", text);
            if (i % 5 == 0) {
                texts.put("b/" + i + ".txt", "Menu\n" + text);
            }
        }
        return texts;
    }

    private static ExactStatistics count(Map<String, String> texts) {
        ExactStatistics statistics =
                ExactStatistics.counting(List.of(DuplicateSignatures.STATISTIC));
        texts.forEach((path, text) -> statistics.add(new Document(path, text)));
        return statistics;
    }

    private static List<DuplicateCluster> clusters(ExactStatistics statistics) {
        return DuplicateClusters.find((DuplicateSignatures) statistics
                .toProfile(List.of(DuplicateSignatures.STATISTIC))
                .statistic(DuplicateSignatures.STATISTIC), THRESHOLD).clusters();
    }

    /** Whether the clusters stand after replacing (or adding, or with null removing) texts. */
    private static boolean stands(Map<String, String> before, Map<String, String> edits) {
        Map<String, String> after = new TreeMap<>(before);
        Map<String, String> old = new TreeMap<>();
        Map<String, String> now = new TreeMap<>();
        edits.forEach((path, text) -> {
            if (before.containsKey(path)) {
                old.put(path, before.get(path));
            }
            if (text == null) {
                after.remove(path);
            } else {
                after.put(path, text);
                now.put(path, text);
            }
        });
        StatisticChanges changes = new StatisticChanges();
        count(old).collectChanges(count(now), changes);
        return ClusterReuse.clustersStand(count(after), changes, THRESHOLD);
    }

    @Test
    void anEditToAnArticleWithoutCopiesLeavesTheClusters() {
        Map<String, String> texts = corpus(new Random(3));
        String edited = texts.get("a/7.txt") + "The mayor opened the new pier.\n";
        assertTrue(stands(texts, Map.of("a/7.txt", edited)));
        Map<String, String> after = new TreeMap<>(texts);
        after.put("a/7.txt", edited);
        assertEquals(clusters(count(texts)), clusters(count(after)));
    }

    @Test
    void editsThatMakeOrBreakACopyAreNoticed() {
        Map<String, String> texts = corpus(new Random(4));
        assertFalse(stands(texts, Map.of("b/10.txt", article(new Random(99)))), "copy broken");
        assertFalse(stands(texts, Map.of("c/new.txt", texts.get("a/7.txt"))), "copy added");
        Map<String, String> removed = new TreeMap<>();
        removed.put("a/10.txt", null);
        assertFalse(stands(texts, removed), "canonical removed");
        assertFalse(stands(texts, Map.of("a/8.txt", texts.get("a/9.txt"))), "made a copy");
    }

    /** Wherever the check lets the old clusters stand, clustering again finds them. */
    @Test
    void standingClustersAreTheClustersFoundAgain() {
        Random random = new Random(17);
        Map<String, String> texts = corpus(random);
        int stood = 0;
        int moved = 0;
        for (int step = 0; step < 60; step++) {
            List<String> paths = new ArrayList<>(texts.keySet());
            Map<String, String> edits = new TreeMap<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                String path = paths.get(random.nextInt(paths.size()));
                String other = texts.get(paths.get(random.nextInt(paths.size())));
                edits.put(random.nextInt(4) == 0 ? "n/" + step + "-" + k + ".txt" : path,
                        switch (random.nextInt(5)) {
                            case 0 -> article(random);
                            case 1 -> texts.get(path) + "The tide was high.\n";
                            case 2 -> other;
                            case 3 -> "Menu\n" + other;
                            default -> paths.size() > 20 ? null : article(random);
                        });
            }
            boolean stands = stands(texts, edits);
            List<DuplicateCluster> before = clusters(count(texts));
            edits.forEach((path, text) -> {
                if (text == null) {
                    texts.remove(path);
                } else {
                    texts.put(path, text);
                }
            });
            if (stands) {
                stood++;
                assertEquals(before, clusters(count(texts)), "step " + step);
            } else {
                moved++;
            }
        }
        assertTrue(stood > 10 && moved > 10, stood + " stood, " + moved + " moved");
    }
}
