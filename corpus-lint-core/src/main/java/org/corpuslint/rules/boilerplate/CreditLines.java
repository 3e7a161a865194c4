package org.corpuslint.rules.boilerplate;

import org.corpuslint.text.credit.Agencies;
import org.corpuslint.text.credit.CreditParser;

/**
 * Photo-credit lines ({@code Photograph: Jane Doe/The Courier}, {@code Jane Doe for The
 * Courier}): they recur wherever a photographer's work does, so recurrence says nothing about
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
        return !shape.menu() && !shape.url() && !shape.email()
                && (shape.labelled() || slashes(line) < 2 || line.indexOf('©') >= 0)
                && parser.line(line).isPresent();
    }

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
