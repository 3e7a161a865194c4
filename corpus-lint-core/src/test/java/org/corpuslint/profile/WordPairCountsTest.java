package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

/**
 * The pairs of adjacent words ({@link WordPairCounts}): counted in any case with one space
 * between, never across punctuation; merged by adding, so that any split of the corpus gives
 * the counts of one pass; the same from an incremental run's exact counts; and of one size
 * whatever the corpus.
 */
class WordPairCountsTest {

    private static WordPairCounts count(List<Document> documents) {
        WordPairCounts counts = WordPairCounts.STATISTIC.empty();
        documents.forEach(d -> WordPairCounts.STATISTIC.add(counts, d));
        return counts;
    }

    private static List<Document> corpus(int documents, long seed) {
        String[] words = {"the", "The", "full", "legal", "opinion", "world", "where", "were",
            "said", "should", "a", "call", "for", "isn't", "Café"};
        Random random = new Random(seed);
        List<Document> corpus = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int w = 0; w < n; w++) {
                text.append(words[random.nextInt(words.length)])
                        .append(random.nextInt(8) == 0 ? ". " : " ");
            }
            corpus.add(new Document("d" + d + ".txt", text.toString()));
        }
        return corpus;
    }

    @Test
    void countsAdjacentWordsInAnyCaseButNotAcrossPunctuation() {
        WordPairCounts counts = count(List.of(
                new Document("a.txt", "The full legal text. Full legal aid, the full\nlegal"),
                new Document("b.txt", "It isn\u2019t the full\u00A0legal one.")));
        assertEquals(3, counts.count("the", "full"));
        assertEquals(3, counts.count("FULL", "legal")); // not across the line break
        assertEquals(0, counts.count("text", "full")); // a full stop between
        assertEquals(0, counts.count("aid", "the")); // a comma between
        assertEquals(1, counts.count("isn't", "the")); // either apostrophe
        assertEquals(0, counts.count("legal", "the"));
    }

    @Test
    void anySplitMergedCountsWhatOnePassCounts() {
        List<Document> documents = corpus(300, 7);
        WordPairCounts whole = count(documents);
        WordPairCounts merged = WordPairCounts.STATISTIC.empty();
        for (int from = 0; from < documents.size(); from += 37) {
            WordPairCounts part = count(documents.subList(from,
                    Math.min(documents.size(), from + 37)));
            WordPairCounts.STATISTIC.merge(merged, part);
        }
        WordPairCounts.STATISTIC.merge(merged, WordPairCounts.STATISTIC.empty());
        for (String a : List.of("the", "full", "world", "were", "a", "call")) {
            for (String b : List.of("full", "legal", "where", "said", "for", "opinion")) {
                assertEquals(whole.count(a, b), merged.count(a, b), a + " " + b);
            }
        }
    }

    @Test
    void theIncrementalRunsExactCountsGiveTheSameSketch() throws Exception {
        List<Document> documents = corpus(200, 11);
        WordPairCounts whole = count(documents);
        ExactStatistics exact = ExactStatistics.counting(List.of(WordPairCounts.STATISTIC));
        documents.forEach(exact::add);
        ExactStatistics removed = exact.emptyCopy();
        removed.add(documents.get(0));
        exact.subtract(removed);
        exact.add(documents.get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exact.write(new DataOutputStream(bytes));
        ExactStatistics read = ExactStatistics.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(read.sameWords(exact));
        WordPairCounts rebuilt = read.toProfile(List.of(WordPairCounts.STATISTIC))
                .statistic(WordPairCounts.STATISTIC);
        for (String a : List.of("the", "full", "where", "should")) {
            for (String b : List.of("full", "legal", "were", "call")) {
                assertEquals(whole.count(a, b), rebuilt.count(a, b), a + " " + b);
            }
        }
    }

    @Test
    void survivesSerializationInAProfile() throws Exception {
        CorpusProfile profile = new CorpusProfile(List.of(WordPairCounts.STATISTIC));
        corpus(50, 3).forEach(profile::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(profile);
        }
        CorpusProfile read;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (CorpusProfile) in.readObject();
        }
        assertEquals(profile.statistic(WordPairCounts.STATISTIC).count("the", "full"),
                read.statistic(WordPairCounts.STATISTIC).count("the", "full"));
    }

    @Test
    void itsSizeDoesNotGrowWithTheCorpus() {
        assertEquals(WordPairCounts.ROWS * WordPairCounts.WIDTH * Integer.BYTES,
                WordPairCounts.memoryBytes(count(corpus(10, 1))));
        assertEquals(WordPairCounts.ROWS * WordPairCounts.WIDTH * Integer.BYTES,
                WordPairCounts.memoryBytes(count(corpus(2000, 1))));
    }
}
