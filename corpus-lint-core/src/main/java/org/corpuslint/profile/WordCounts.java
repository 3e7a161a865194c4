package org.corpuslint.profile;

import java.util.Collections;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.text.WordSpans;

/**
 * How often each word (as written) and each pair of adjacent capitalised words occurs, and in
 * how many documents. Both come from one tokenisation, so they are one statistic.
 */
public final class WordCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** The statistic, for a rule's metadata. */
    public static final CorpusStatistic<WordCounts> STATISTIC = new WordStatistic<>() {
        @Override
        public String name() {
            return "word counts";
        }

        @Override
        public WordCounts empty() {
            return new WordCounts();
        }

        @Override
        void add(WordCounts counts, Document document, WordSpans words) {
            counts.add(document, words);
        }

        @Override
        public void merge(WordCounts into, WordCounts from) {
            Tables tables = into.counting();
            if (from.counting != null) {
                from.counting.words.addTo(tables.words);
                from.counting.pairs.addTo(tables.pairs);
            } else {
                from.readableWords().forEach((w, s) ->
                        tables.words.add(w, s.occurrences(), s.documents()));
                from.capitalizedPairs.forEach((p, s) ->
                        tables.pairs.add(p, s.occurrences(), s.documents()));
            }
        }
    };

    /**
     * Every word with its statistics, and every pair: the form readers get and the serialized
     * form. {@code null} while counting (then {@link #counting} holds the counts); made from the
     * tables on the first read, once.
     */
    private volatile Map<String, TermStats> words;
    private Map<String, TermStats> capitalizedPairs;
    /** The counts while counting (one worker adds to an accumulator); {@code null} once read. */
    private transient Tables counting = new Tables();
    /** Documents added to this accumulator: the stamp of the one being counted. */
    private transient int documentsAdded;

    /** The counting form: words and capitalised pairs. */
    private static final class Tables {
        final TermTable words = new TermTable();
        final TermTable pairs = new TermTable();
    }

    private WordCounts() {}

    /**
     * Counts each token straight into the accumulator's table ({@link TermTable#count}: the
     * occurrence, and the document at its first occurrence in it): one look-up per token, no
     * table per document, and no string per token but for words the table has not seen.
     */
    private void add(Document document, WordSpans words) {
        DocumentCounter counter = new DocumentCounter(document.text(), counting(),
                ++documentsAdded);
        for (int k = 0; k < words.count(); k++) {
            counter.word(words.start(k), words.end(k));
        }
    }

    /** Counts the words of one document, and each capitalised word with the one before it. */
    private static final class DocumentCounter {

        private final String text;
        private final Tables tables;
        private final int stamp;
        private int previousStart;
        private int previousEnd;
        private boolean previousCapitalized;

        DocumentCounter(String text, Tables tables, int stamp) {
            this.text = text;
            this.tables = tables;
            this.stamp = stamp;
        }

        void word(int start, int end) {
            tables.words.count(text, start, end, stamp);
            // As Token.isCapitalized: a word never starts with a surrogate, so the character
            // is the code point.
            boolean capitalized = Character.isUpperCase(text.codePointAt(start));
            if (previousCapitalized && capitalized
                    && onlySpaceBetween(text, previousEnd, start)) {
                if (text.charAt(previousEnd) == ' ') {
                    tables.pairs.count(text, previousStart, end, stamp);
                } else {
                    tables.pairs.count(text.substring(previousStart, previousEnd) + " "
                            + text.substring(start, end), stamp);
                }
            }
            previousStart = start;
            previousEnd = end;
            previousCapitalized = capitalized;
        }
    }

    /** The tables to count in, made from the maps when this was read or deserialized. */
    private Tables counting() {
        if (counting == null) {
            Tables tables = new Tables();
            readableWords().forEach((w, s) -> tables.words.add(w, s.occurrences(),
                    s.documents()));
            capitalizedPairs.forEach((p, s) -> tables.pairs.add(p, s.occurrences(),
                    s.documents()));
            counting = tables;
            words = null;
            capitalizedPairs = null;
        }
        return counting;
    }

    /**
     * The maps readers get, made from the tables on the first read (rules read from several
     * threads, hence the lock; once made, a read is one volatile load).
     */
    private Map<String, TermStats> readableWords() {
        Map<String, TermStats> made = words;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (words == null) {
                capitalizedPairs = counting.pairs.toMap();
                words = counting.words.toMap(); // published after the pairs
                counting = null;
            }
            return words;
        }
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        readableWords();
        out.defaultWriteObject();
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00A0';
    }

    /** Counts {@code occurrences} in {@code documents} of a word (for {@link ExactStatistics}). */
    void addWord(String word, long occurrences, int documents) {
        counting().words.add(word, occurrences, documents);
    }

    /** The same for a pair of capitalised words. */
    void addPair(String pair, long occurrences, int documents) {
        counting().pairs.add(pair, occurrences, documents);
    }

    /** Every word of the corpus as written, with its statistics. Read-only. */
    public Map<String, TermStats> words() {
        return Collections.unmodifiableMap(readableWords());
    }

    /** Every pair of adjacent capitalised words, keyed {@code "First Second"}. Read-only. */
    public Map<String, TermStats> capitalizedPairs() {
        readableWords();
        return Collections.unmodifiableMap(capitalizedPairs);
    }
}
