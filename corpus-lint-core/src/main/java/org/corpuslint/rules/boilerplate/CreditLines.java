package org.corpuslint.rules.boilerplate;

import org.corpuslint.text.credit.Agencies;
import org.corpuslint.text.credit.CreditParser;

/**
 * Photo-credit lines ({@code Photograph: Jane Doe/The Courier}, {@code Jane Doe for The
 * Courier}, {@code © Jane Doe}): they recur wherever a photographer's work does, so recurrence says nothing about
 * them.
 */
final class CreditLines {

    private final CreditParser parser = new CreditParser(Agencies.builtIn());

    /**
     * The whole line is a photo credit. A row of three or more links ({@code News / Sport /
     * Weather}) has the parser's name-slash-name structure too, so menus and lines with two
     * slashes and no label are not credits here.
     */
    boolean isCredit(String line, LineShape shape) {
        if (signedCredit(line, shape)) {
            return true;
        }
        return !shape.menu() && !shape.url() && !shape.email()
                && (shape.labelled() || slashes(line) < 2 || line.indexOf('©') >= 0)
                && parser.line(line).isPresent();
    }

    /**
     * {@code © Jane Doe}: a copyright sign before a name of one to {@value #NAME_WORDS}
     * capitalised words, with no date or company after it (that is a footer).
     */
    private static boolean signedCredit(String line, LineShape shape) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("©") || CopyrightNotice.isFooter(line, shape)) {
            return false;
        }
        String[] words = trimmed.substring(1).strip().split("\\s+");
        if (words.length == 0 || words.length > NAME_WORDS) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final int NAME_WORDS = 4;

    private static int slashes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '/' || c == '|') {
                n++;
            }
        }
        return n;
    }
}
