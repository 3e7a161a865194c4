package org.corpuslint.text.language;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * A line of the article body long enough to judge its language: in this corpus format a line is
 * a paragraph. Its size is the number of its words that are not capitalised, so headlines,
 * bylines, captions and lists of names do not count; in scripts without case or spaces (Chinese,
 * Thai) two letters count as a word.
 *
 * @param line the 1-based line, counted from the body's start
 * @param start the offset of its first character
 * @param end the offset after its last character
 * @param proseWords its size as above
 * @param plainlyInCorpusLanguage whether its function words already show it is in the corpus
 *     language ({@link FunctionWords}), so that the identifier need not be asked
 */
record Paragraph(int line, int start, int end, int proseWords,
        boolean plainlyInCorpusLanguage) {

    /**
     * The paragraphs of {@code text} from {@code bodyStart} on (the body, after a date header)
     * with at least {@code minWords} prose words.
     *
     * @param words the words of the text ({@link WordTokenizer}) in text order, at least those
     *     from {@code bodyStart} on: no word crosses a line break, so a line's words are those
     *     between its ends
     */
    static List<Paragraph> of(String text, int bodyStart, int minWords, String corpusLanguage,
            List<Token> words) {
        List<Paragraph> out = new ArrayList<>();
        int size = words.size();
        int line = 0;
        int start = bodyStart;
        int word = 0;
        while (start <= text.length()) {
            int next = text.indexOf('\n', start);
            int end = next < 0 ? text.length() : next;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            line++;
            word = firstWordFrom(words, size, word, start);
            int lineWords = firstWordFrom(words, size, word, contentEnd);
            if (contentEnd - start >= minWords * 2) { // shorter cannot hold minWords words
                int proseWords = proseWords(words, word, lineWords);
                if (proseWords >= minWords) {
                    out.add(new Paragraph(line, start, contentEnd, proseWords,
                            FunctionWords.plainlyIn(corpusLanguage, words, word, lineWords)));
                }
            }
            if (next < 0) {
                break;
            }
            start = next + 1;
        }
        return out;
    }

    /**
     * The index of the first of {@code words} (of which there are {@code size}) from
     * {@code from} on that starts at {@code offset} or later. Apart from {@link #of}, whose loop
     * over lines would otherwise run every word's step and be compiled again and again while it
     * runs (on-stack replacement) with all it calls.
     */
    private static int firstWordFrom(List<Token> words, int size, int from, int offset) {
        int k = from;
        while (k < size && words.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** The prose words among {@code words[from, to)}. */
    private static int proseWords(List<Token> words, int from, int to) {
        int prose = 0;
        for (int i = from; i < to; i++) {
            Token token = words.get(i);
            int first = token.text().codePointAt(0);
            if (Character.isLowerCase(first)) {
                prose++;
            } else if (Character.isLetter(first) && !Character.isUpperCase(first)
                    && !Character.isTitleCase(first)) {
                prose += Math.max(1, token.text().length() / 2); // a caseless script
            }
        }
        return prose;
    }
}
