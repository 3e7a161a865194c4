package org.corpuslint.rules.language;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * A line of the article body long enough to judge its language: in this corpus format a line is
 * a paragraph. Its size is the number of its words that are not capitalised, so headlines,
 * bylines, captions and lists of names do not count; in scripts without case or spaces (Chinese,
 * Thai) two letters count as a word.
 *
 * @param line the 1-based line
 * @param start the offset of its first character
 * @param end the offset after its last character
 * @param proseWords its size as above
 */
record Paragraph(int line, int start, int end, int proseWords) {

    /** The paragraphs of {@code document}'s body with at least {@code minWords} prose words. */
    static List<Paragraph> of(Document document, int minWords) {
        List<Paragraph> out = new ArrayList<>();
        String text = document.text();
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            int start = document.lineMap().lineStart(line);
            int end = document.lineMap().lineContentEnd(line);
            if (end - start < minWords * 2) {
                continue; // too short to hold minWords words: skip the tokenizer
            }
            int words = proseWords(WordTokenizer.tokenize(text, start, end));
            if (words >= minWords) {
                out.add(new Paragraph(line, start, end, words));
            }
        }
        return out;
    }

    private static int proseWords(List<Token> tokens) {
        int words = 0;
        for (Token token : tokens) {
            int first = token.text().codePointAt(0);
            if (Character.isLowerCase(first)) {
                words++;
            } else if (Character.isLetter(first) && !Character.isUpperCase(first)
                    && !Character.isTitleCase(first)) {
                words += Math.max(1, token.text().length() / 2); // a caseless script
            }
        }
        return words;
    }
}
