package org.corpuslint.profile;

import org.corpuslint.document.Document;
import org.corpuslint.text.Chars;
import org.corpuslint.text.LineKey;

/**
 * Which story a document tells, as one 63-bit number computed from the document alone: copies
 * of one article (a wire story in several outlet folders, a page scraped twice) get the same
 * key even when the chrome around the article differs, and different articles get different
 * keys.
 *
 * <p>The key is the min-hash of the word four-grams of the document's prose lines (long lines
 * ending as a sentence ends): page chrome is rarely such a line, so two copies agree unless
 * their prose differs, and then they agree with the probability that their four-grams do. A
 * document without prose is keyed by its whole text, so only exact copies share its key.
 */
public final class StoryKey {

    /** A prose line has at least this many words. */
    static final int PROSE_WORDS = 12;
    private static final int SHINGLE_WORDS = 4;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StoryKey() {}

    /** The story key of {@code document}, from 0 to {@link Long#MAX_VALUE}. */
    public static long of(Document document) {
        long[] window = new long[SHINGLE_WORDS];
        int words = 0;
        long min = Long.MAX_VALUE;
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            String text = document.line(line);
            if (!isProse(text)) {
                continue;
            }
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && !Chars.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                long hash = FNV_OFFSET;
                while (i < n && Chars.isLetterOrDigit(text.charAt(i))) {
                    hash = (hash ^ Chars.toLowerCase(text.charAt(i))) * FNV_PRIME;
                    i++;
                }
                window[words++ % SHINGLE_WORDS] = hash;
                if (words >= SHINGLE_WORDS) {
                    min = Math.min(min, shingle(window, words));
                }
            }
        }
        long key = words >= SHINGLE_WORDS ? min : LineKey.of(document.text());
        return mix(key) >>> 1;
    }

    /** The hash of the last {@value #SHINGLE_WORDS} words, oldest first. */
    private static long shingle(long[] window, int words) {
        long hash = 0;
        for (int k = 0; k < SHINGLE_WORDS; k++) {
            hash = hash * 31 + window[(words + k) % SHINGLE_WORDS];
        }
        return mix(hash);
    }

    /** At least {@value #PROSE_WORDS} words, ending as a sentence ends. */
    static boolean isProse(String line) {
        int last = line.length() - 1;
        while (last >= 0 && Character.isWhitespace(line.charAt(last))) {
            last--;
        }
        if (last < 0 || ".!?…\"”’'".indexOf(line.charAt(last)) < 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i <= last; i++) {
            boolean letter = Chars.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord && ++words >= PROSE_WORDS) {
                return true;
            }
            inWord = letter;
        }
        return false;
    }

    /** SplitMix64's finaliser: spreads a hash evenly over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
