package org.corpuslint.text;

/**
 * Counts words as runs of letters and digits: cheaper than {@link WordTokenizer} and the same for
 * every caller that only needs a size (corpus statistics, how much prose a document holds).
 */
public final class WordRuns {

    private WordRuns() {}

    /** The number of runs of letters and digits in {@code text}. */
    public static int count(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Chars.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }

    /**
     * The number of runs of letters and digits in {@code text} from {@code from} on, as
     * {@code count(text.substring(from))} counts them, without the copy.
     */
    public static int count(String text, int from) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < text.length(); i++) {
            boolean wordChar = Chars.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }
}
