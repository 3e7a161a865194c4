package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the phrase lexicon.
 *
 * @param kind what a line with this phrase is
 * @param weight {@link #STRONG} (decisive on a short line) or {@link #WEAK} (a cue that needs
 *     other signals)
 * @param anchor where in the line the phrase must stand
 * @param words the normalised words; {@code *} stands for any one word
 */
record Phrase(BoilerplateKind kind, int weight, Anchor anchor, List<String> words) {

    static final int STRONG = 3;
    static final int WEAK = 1;

    enum Anchor {
        /** Anywhere in the line. */
        ANYWHERE,
        /** The line starts with it. */
        START,
        /** It is the whole line (numbers around it allowed: {@code Comments (12)}, {@code 4 min read}). */
        WHOLE_LINE
    }

    /**
     * Parses {@code subscribe now}, {@code ^read more} (line start) or {@code =share} (whole
     * line) into a phrase; words are normalised as the matcher normalises lines.
     */
    static Phrase parse(BoilerplateKind kind, int weight, String text) {
        String body = text.trim();
        Anchor anchor = Anchor.ANYWHERE;
        if (body.startsWith("=")) {
            anchor = Anchor.WHOLE_LINE;
            body = body.substring(1);
        } else if (body.startsWith("^")) {
            anchor = Anchor.START;
            body = body.substring(1);
        }
        List<String> words = new ArrayList<>();
        for (String piece : body.trim().split("\\s+")) {
            if (piece.equals("*")) {
                words.add("*");
            } else {
                words.addAll(LineWords.normalisedWords(piece));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("phrase '" + text + "' has no words");
        }
        return new Phrase(kind, weight, anchor, List.copyOf(words));
    }
}
