package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.corpuslint.document.Document;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;
import org.junit.jupiter.api.Test;

/**
 * Counting every token straight into a {@link TermTable} gives the counts of the code it
 * replaced: each document's distinct terms counted in a map of its own, then added to a
 * {@code HashMap} of {@link TermStats}, in whatever order accumulators are read, merged,
 * serialized and counted again.
 */
class WordCountsTest {

    private static final String[] WORDS = {"Harbour", "harbour", "Town", "Council", "ferry",
        "Ferry", "North", "Pier", "the", "a", "Mayor", "vote", "Glasgow", "rain", "Rain",
        "isn't", "Café", "Zürich", "1999",
        // Longer than the eight characters a slot packs, beyond Latin-1, or both.
        "Councillors", "Straßenbahnen", "Łódź", "Dąbrowskiego",
        // Two words of one hash and length ("Aa".hashCode() == "BB".hashCode()).
        "Aa", "BB"};

    private static List<Document> corpus(int documents, long seed, int distinctWords) {
        Random random = new Random(seed);
        List<Document> corpus = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                int words = random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    int pick = random.nextInt(WORDS.length + distinctWords);
                    text.append(pick < WORDS.length ? WORDS[pick] : "Word" + pick)
                            .append(random.nextInt(6) == 0 ? ",  " : " ");
                }
                text.append(".\n");
            }
            corpus.add(new Document("d" + d + ".txt", text.toString()));
        }
        return corpus;
    }

    /** The replaced algorithm: each document's distinct terms, then one document each. */
    private static Map<String, String> reference(List<Document> corpus) {
        Map<String, long[]> words = new HashMap<>();
        Map<String, long[]> pairs = new HashMap<>();
        for (Document document : corpus) {
            List<Token> tokens = WordTokenizer.tokenize(document.text());
            Set<String> seenWords = new HashSet<>();
            Set<String> seenPairs = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                add(words, seenWords, token.text());
                if (i > 0) {
                    Token previous = tokens.get(i - 1);
                    if (previous.isCapitalized() && token.isCapitalized()
                            && token.start() - previous.end() == 1
                            && document.text().charAt(previous.end()) == ' ') {
                        add(pairs, seenPairs, previous.text() + " " + token.text());
                    }
                }
            }
        }
        Map<String, String> all = new TreeMap<>();
        words.forEach((w, n) -> all.put("word " + w, n[0] + "/" + n[1]));
        pairs.forEach((p, n) -> all.put("pair " + p, n[0] + "/" + n[1]));
        return all;
    }

    private static void add(Map<String, long[]> counts, Set<String> seen, String term) {
        long[] n = counts.computeIfAbsent(term, k -> new long[2]);
        n[0]++;
        if (seen.add(term)) {
            n[1]++;
        }
    }

    private static Map<String, String> counted(WordCounts counts) {
        Map<String, String> all = new TreeMap<>();
        counts.words().forEach((w, s) -> all.put("word " + w, s.occurrences() + "/"
                + s.documents()));
        counts.capitalizedPairs().forEach((p, s) -> all.put("pair " + p, s.occurrences() + "/"
                + s.documents()));
        return all;
    }

    private static WordCounts countedOver(List<Document> documents) {
        WordCounts counts = WordCounts.STATISTIC.empty();
        documents.forEach(d -> WordCounts.STATISTIC.add(counts, d));
        return counts;
    }

    @Test
    void countsEqualTheDistinctTermsOfEachDocumentAdded() {
        // 5,000 words besides the fixed ones: the table grows several times while counting.
        List<Document> corpus = corpus(2_000, 5, 5_000);
        WordCounts counts = countedOver(corpus);
        Map<String, String> expected = reference(corpus);
        assertEquals(expected, counted(counts));
        assertEquals(expected.keySet().stream().filter(k -> k.startsWith("word ")).count(),
                counts.words().size());
    }

    @Test
    void aPairJoinedByANoBreakSpaceCountsAsThePairJoinedByASpace() {
        WordCounts counts = countedOver(List.of(
                new Document("a.txt", "North\u00A0Pier and North Pier, then North  Pier.\n")));
        assertEquals(Map.of("North Pier", "2/1"), counts.capitalizedPairs().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().occurrences() + "/" + e.getValue().documents())));
    }

    @Test
    void longWordsOfOneHashAndOnePackedStartAreTwoWords() {
        // "Aa" and "BB" hash alike, so do these two, and a slot packs only their first eight
        // characters, which they share: only the whole comparison tells them apart.
        WordCounts counts = countedOver(List.of(
                new Document("a.txt", "Harboured Harbourmaster Harboured\n"),
                new Document("b.txt", "HarboursAa HarboursBB HarboursAa\n")));
        Map<String, String> words = new TreeMap<>();
        counts.words().forEach((w, s) -> words.put(w, s.occurrences() + "/" + s.documents()));
        assertEquals(Map.of("Harboured", "2/1", "Harbourmaster", "1/1", "HarboursAa", "2/1",
                "HarboursBB", "1/1"), words);
    }

    @Test
    void aWordNewWhenTheTableGrowsCountsItsDocumentOnce() {
        // Every word of the document is new to the table and said twice: the first time of
        // the word whose insertion grows the table, its document must be remembered in the
        // grown table, not in the slot it had in the old one.
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 3_000; w++) {
            text.append("w").append(w).append(" w").append(w).append(' ');
        }
        WordCounts counts = countedOver(List.of(new Document("a.txt", text.toString())));
        counts.words().forEach((word, stats) ->
                assertEquals("2/1", stats.occurrences() + "/" + stats.documents(), word));
    }

    @Test
    void partsCountedApartAndMergedEqualTheWholeAndKeepCountingAfterwards() {
        List<Document> corpus = corpus(300, 9, 200);
        WordCounts first = WordCounts.STATISTIC.empty();
        WordCounts second = WordCounts.STATISTIC.empty();
        for (int d = 0; d < corpus.size(); d++) {
            WordCounts.STATISTIC.add(d % 3 == 0 ? first : second, corpus.get(d));
        }
        second.words(); // one part already read: merged from its maps
        WordCounts.STATISTIC.merge(first, second);
        List<Document> whole = new ArrayList<>(corpus);
        assertEquals(reference(whole), counted(first));
        // Read, then counted again: the maps become tables again.
        List<Document> more = corpus(50, 13, 200);
        more.forEach(d -> WordCounts.STATISTIC.add(first, d));
        whole.addAll(more);
        assertEquals(reference(whole), counted(first));
    }

    @Test
    void aSerializedAccumulatorReadsBackTheSameCountsAndCountsOn() throws Exception {
        List<Document> corpus = corpus(200, 17, 300);
        WordCounts counts = countedOver(corpus.subList(0, 150)); // never read before writing
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counts);
        }
        WordCounts copy;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WordCounts) in.readObject();
        }
        assertEquals(reference(corpus.subList(0, 150)), counted(copy));
        corpus.subList(150, 200).forEach(d -> WordCounts.STATISTIC.add(copy, d));
        assertEquals(reference(corpus), counted(copy));
    }
}
