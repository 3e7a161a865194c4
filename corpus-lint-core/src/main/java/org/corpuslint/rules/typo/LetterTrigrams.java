package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * How many words contain each sequence of three letters (with the start and end of a word as
 * letters of their own), counted over the dictionary and the corpus's words. A slip of the keys
 * often makes a sequence almost no word or name has: {@code Prter} has {@code prt},
 * {@code Russrll} has {@code srl}. A foreign name rarely does: it reads as a name because its
 * letters follow each other as in other names. This is how the rule tells {@code Prter Hemington}
 * (Peter) from {@code Patrik Berger} (another person).
 */
final class LetterTrigrams {

    /** Letters a to z are 1 to 26; any other letter shares one code; the word boundary is 28. */
    private static final int OTHER = 27;
    private static final int BOUNDARY = 28;
    private static final int CODES = 29;

    private final int[] dictionary;
    private final int[] corpus = new int[CODES * CODES * CODES];
    private final CorpusWords corpusWords;

    /**
     * @param dictionary counts over the dictionary's words, as a {@link Counter} builds them
     * @param corpusWords the corpus's words, each counted once
     */
    LetterTrigrams(int[] dictionary, CorpusWords corpusWords) {
        this.dictionary = dictionary;
        this.corpusWords = corpusWords;
        Counter counter = new Counter(corpus);
        for (String word : corpusWords.words()) {
            counter.add(word.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Counts words per trigram, each trigram once per word, without allocating per word: a
     * stamp per trigram remembers the last word that counted it.
     */
    static final class Counter {
        private final int[] counts;
        private final int[] stamp = new int[CODES * CODES * CODES];
        private int word;
        private int previous;
        private int last;
        private int letters;

        Counter() {
            this(new int[CODES * CODES * CODES]);
        }

        private Counter(int[] counts) {
            this.counts = counts;
        }

        int[] counts() {
            return counts;
        }

        /** Counts the trigrams of lower-case {@code text}. */
        void add(CharSequence text) {
            start();
            for (int i = 0; i < text.length(); i++) {
                next(code(text.charAt(i)));
            }
            end();
        }

        /** Counts the trigrams of bytes {@code from} to {@code to}; only ASCII letters matter. */
        void add(java.nio.ByteBuffer bytes, int from, int to) {
            start();
            for (int p = from; p < to; p++) {
                int b = bytes.get(p);
                next(b >= 'A' && b <= 'Z' ? b - 'A' + 1 : code((char) (b & 0xff)));
            }
            end();
        }

        private void start() {
            word++;
            previous = BOUNDARY;
            last = BOUNDARY;
            letters = 0;
        }

        private void next(int code) {
            if (letters > 0) {
                count((previous * CODES + last) * CODES + code);
            }
            previous = last;
            last = code;
            letters++;
        }

        private void end() {
            if (letters > 0) {
                count((previous * CODES + last) * CODES + BOUNDARY);
            }
        }

        private void count(int key) {
            if (stamp[key] != word) {
                stamp[key] = word;
                counts[key]++;
            }
        }
    }

    /** A trigram {@code written} has and {@code intended} lacks, and how many words share it. */
    record Introduced(String letters, int words) {}

    /**
     * The trigram {@code written} has and {@code intended} lacks that the fewest words (other
     * than {@code written} itself) share: rare when the difference between them reads like no
     * word; {@code null} when {@code written} has no trigram of its own.
     */
    Introduced rarestIntroduced(String written, String intended) {
        String w = written.toLowerCase(Locale.ROOT);
        String t = intended.toLowerCase(Locale.ROOT);
        boolean inCorpus = corpusWords.occurrences(written) > 0;
        Introduced rarest = null;
        for (int k = -1; k + 2 <= w.length(); k++) {
            int key = key(w, k);
            if (!contains(t, key)) {
                int support = dictionary[key] + corpus[key] - (inCorpus ? 1 : 0);
                if (rarest == null || support < rarest.words()) {
                    rarest = new Introduced(w.substring(Math.max(0, k),
                            Math.min(w.length(), k + 3)), support);
                }
            }
        }
        return rarest;
    }

    /** The trigram of {@code word} from position {@code k} (-1 is the start boundary). */
    private static int key(CharSequence word, int k) {
        return (code(word, k) * CODES + code(word, k + 1)) * CODES + code(word, k + 2);
    }

    private static boolean contains(String word, int key) {
        for (int k = -1; k + 2 <= word.length(); k++) {
            if (key(word, k) == key) {
                return true;
            }
        }
        return false;
    }

    private static int code(CharSequence word, int i) {
        return i < 0 || i >= word.length() ? BOUNDARY : code(word.charAt(i));
    }

    private static int code(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' + 1 : OTHER;
    }
}
