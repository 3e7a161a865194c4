package org.corpuslint.text;

import java.util.Arrays;

/**
 * The words of a text by their offsets, as {@link WordTokenizer} finds them: found once and
 * read by every statistic of the corpus profile that counts words, instead of each statistic
 * tokenising the document again.
 */
public final class WordSpans {

    /** Start and end of each word in turn. */
    private final int[] bounds;
    private final int count;

    private WordSpans(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    /** The words of {@code text}. */
    public static WordSpans of(CharSequence text) {
        Collector collector = new Collector(text.length() / 3);
        WordTokenizer.forEachWord(text, 0, text.length(), collector);
        return new WordSpans(collector.bounds, collector.count);
    }

    /** The number of words. */
    public int count() {
        return count;
    }

    /** The offset of word {@code k}'s first character. */
    public int start(int k) {
        return bounds[2 * k];
    }

    /** The offset just after word {@code k}. */
    public int end(int k) {
        return bounds[2 * k + 1];
    }

    private static final class Collector implements WordTokenizer.WordSpan {

        // Sized for English prose (a word and its space take some six characters).
        private int[] bounds;
        private int count;

        Collector(int initialBounds) {
            bounds = new int[Math.max(16, initialBounds)];
        }

        @Override
        public void word(int start, int end) {
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            count++;
        }
    }
}
