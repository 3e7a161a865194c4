package org.corpuslint.rules.typo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.text.Token;

/** The words of one document in base form, with how often each occurs in it. */
final class DocumentWords {

    private final String text;
    private final List<Token> tokens;
    private final String[] bases;
    private final Map<String, Integer> counts = new HashMap<>();

    DocumentWords(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.bases = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            bases[i] = WordForm.base(tokens.get(i).text());
            counts.merge(bases[i], 1, Integer::sum);
        }
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    String base(int i) {
        return bases[i];
    }

    int count(String base) {
        return counts.getOrDefault(base, 0);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** The base form of the token beside {@code tokens[i]} (only spaces between), or null. */
    String neighbour(int i, int direction) {
        Token t = direction < 0 ? TokenContext.leftNeighbour(text, tokens, i)
                : TokenContext.rightNeighbour(text, tokens, i);
        return t == null ? null : bases[i + direction];
    }
}
