package org.corpuslint.rules.typo;

import java.util.List;
import org.corpuslint.text.Token;

/** Where a token stands among its neighbours in a document. */
final class TokenContext {

    private TokenContext() {}

    /** True when {@code tokens[i]} starts a line or follows sentence-ending punctuation. */
    static boolean startsSentence(String text, List<Token> tokens, int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        for (int p = tokens.get(i).start() - 1; p >= from; p--) {
            char c = text.charAt(p);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r'
                    || c == '\u2026' || c == ';') {
                return true;
            }
        }
        return i == 0;
    }

    /** The previous token when only spaces part the two, else {@code null}. */
    static Token leftNeighbour(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return null;
        }
        Token left = tokens.get(i - 1);
        return onlySpaces(text, left.end(), tokens.get(i).start()) ? left : null;
    }

    /** The next token when only spaces part the two, else {@code null}. */
    static Token rightNeighbour(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        Token right = tokens.get(i + 1);
        return onlySpaces(text, tokens.get(i).end(), right.start()) ? right : null;
    }

    /** True when the text between two tokens is one or more spaces and nothing else. */
    static boolean onlySpaces(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the token alone stands in quotation marks ({@code trying to 'frag' someone}):
     * a term mentioned, often slang or jargon, rather than a word used.
     */
    static boolean quotedAlone(String text, Token token) {
        int before = token.start() - 1;
        int after = token.end();
        if (before < 0 || after >= text.length()) {
            return false;
        }
        char open = text.charAt(before);
        char close = text.charAt(after);
        return (open == '\'' && close == '\'') || (open == '"' && close == '"')
                || (open == '\u2018' && close == '\u2019') || (open == '\u201C' && close == '\u201D');
    }

    /** True when {@code tokens[i]} joins a neighbour by a hyphen: {@code co-ordinated}. */
    static boolean inHyphenCompound(String text, Token token) {
        int before = token.start() - 1;
        int after = token.end();
        return (before > 0 && text.charAt(before) == '-'
                        && Character.isLetterOrDigit(text.charAt(before - 1)))
                || (after + 1 < text.length() && text.charAt(after) == '-'
                        && Character.isLetterOrDigit(text.charAt(after + 1)));
    }

    /**
     * The whole hyphenated word around {@code token}: {@code co-ordinated}. The scan stops
     * {@link WordForm#MAX_CHECKED_LENGTH} characters beyond the token on each side, so a longer
     * result is cut short and {@linkplain WordForm#tooLong too long} to judge; without the stop,
     * every part of a huge hyphenated run would rescan all of it.
     */
    static String hyphenCompound(String text, Token token) {
        int startLimit = Math.max(0, token.start() - WordForm.MAX_CHECKED_LENGTH);
        int endLimit = (int) Math.min(text.length(),
                (long) token.end() + WordForm.MAX_CHECKED_LENGTH);
        int start = token.start();
        while (start > startLimit && (Character.isLetterOrDigit(text.charAt(start - 1))
                || (text.charAt(start - 1) == '-' && start > 1
                        && Character.isLetterOrDigit(text.charAt(start - 2))))) {
            start--;
        }
        int end = token.end();
        while (end < endLimit && (Character.isLetterOrDigit(text.charAt(end))
                || (text.charAt(end) == '-' && end + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(end + 1))))) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * True for a line in title case (most longer words capitalised), such as a headline, where
     * capitals say nothing about names: the line's tokens are {@code tokens[from, to)}, read by
     * index (every line of every document is asked about).
     */
    static boolean isTitleCase(List<Token> tokens, int from, int to) {
        int longer = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.text().length() >= 4) {
                longer++;
                if (t.isCapitalized()) {
                    capitalised++;
                }
            }
        }
        return longer >= 3 && capitalised * 10 >= longer * 7;
    }
}
