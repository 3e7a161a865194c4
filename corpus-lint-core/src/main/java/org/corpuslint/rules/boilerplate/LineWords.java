package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/** The words of a line as the lexicon compares them: lower-cased, curly apostrophes straight. */
final class LineWords {

    private LineWords() {}

    static List<String> normalisedWords(CharSequence line) {
        List<Token> tokens = WordTokenizer.tokenize(line);
        List<String> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            words.add(token.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return words;
    }
}
