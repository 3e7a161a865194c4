package org.corpuslint.profile;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * How often each word (as written) and each pair of adjacent capitalised words occurs, and in
 * how many documents. Both come from one tokenisation, so they are one statistic.
 */
public final class WordCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** The statistic, for a rule's metadata. */
    public static final CorpusStatistic<WordCounts> STATISTIC = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "word counts";
        }

        @Override
        public WordCounts empty() {
            return new WordCounts();
        }

        @Override
        public void add(WordCounts counts, Document document) {
            counts.add(document);
        }

        @Override
        public void merge(WordCounts into, WordCounts from) {
            mergeTerms(into.words, from.words);
            mergeTerms(into.capitalizedPairs, from.capitalizedPairs);
        }
    };

    private final Map<String, TermStats> words = new HashMap<>();
    private final Map<String, TermStats> capitalizedPairs = new HashMap<>();

    private WordCounts() {}

    private void add(Document document) {
        List<Token> tokens = WordTokenizer.tokenize(document.text());
        // Sized for every token to be distinct, so the map never grows while counting; a
        // mutable count per word, so counting allocates nothing per token.
        Map<String, int[]> inDocument = new HashMap<>(Math.max(16, tokens.size() * 4 / 3 + 1));
        Map<String, int[]> pairsInDocument = new HashMap<>();
        Token previous = null;
        boolean previousCapitalized = false;
        for (Token token : tokens) {
            count(inDocument, token.text());
            boolean capitalized = token.isCapitalized();
            if (previousCapitalized && capitalized
                    && onlySpaceBetween(document.text(), previous.end(), token.start())) {
                count(pairsInDocument, previous.text() + " " + token.text());
            }
            previous = token;
            previousCapitalized = capitalized;
        }
        inDocument.forEach((w, n) -> addTerm(words, w, n[0]));
        pairsInDocument.forEach((p, n) -> addTerm(capitalizedPairs, p, n[0]));
    }

    private static void count(Map<String, int[]> counts, String term) {
        int[] n = counts.get(term);
        if (n == null) {
            counts.put(term, new int[] {1});
        } else {
            n[0]++;
        }
    }

    /** One document's {@code occurrences} of {@code term}. */
    private static void addTerm(Map<String, TermStats> into, String term, int occurrences) {
        TermStats stats = into.get(term);
        if (stats == null) {
            stats = new TermStats();
            into.put(term, stats);
        }
        stats.add(occurrences, 1);
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00A0';
    }

    private static void mergeTerms(Map<String, TermStats> into, Map<String, TermStats> from) {
        from.forEach((term, stats) -> into.computeIfAbsent(term, k -> new TermStats())
                .add(stats.occurrences(), stats.documents()));
    }

    /** Counts {@code occurrences} in {@code documents} of a word (for {@link ExactStatistics}). */
    void addWord(String word, long occurrences, int documents) {
        words.computeIfAbsent(word, k -> new TermStats()).add(occurrences, documents);
    }

    /** The same for a pair of capitalised words. */
    void addPair(String pair, long occurrences, int documents) {
        capitalizedPairs.computeIfAbsent(pair, k -> new TermStats()).add(occurrences, documents);
    }

    /** Every word of the corpus as written, with its statistics. Read-only. */
    public Map<String, TermStats> words() {
        return Collections.unmodifiableMap(words);
    }

    /** Every pair of adjacent capitalised words, keyed {@code "First Second"}. Read-only. */
    public Map<String, TermStats> capitalizedPairs() {
        return Collections.unmodifiableMap(capitalizedPairs);
    }
}
