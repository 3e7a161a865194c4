package org.corpuslint.rules.caption;

import java.util.regex.Pattern;
import org.corpuslint.text.WordTokenizer;

/** What the text of a line says about whether it can be a caption. */
final class CaptionText {

    /** Longer lines are prose paragraphs. */
    static final int MAX_CAPTION_WORDS = 60;

    /** A lead-in or a kicker: ends with a colon, or opens with a short label and a colon. */
    private static final Pattern LEAD_IN = Pattern.compile(".*:|(?:\\S+\\s+){0,2}\\S+:\\s.*");
    /** Reporting verbs and auxiliaries of news prose, which captions do without. */
    private static final Pattern NEWS_PROSE = Pattern.compile("\\b(?:said|says|told|added"
            + "|has|have|had|will|would|could|should|according)\\b");

    private CaptionText() {}

    static boolean isLeadIn(String text) {
        return LEAD_IN.matcher(text.strip()).matches();
    }

    static int wordCount(String text) {
        return WordTokenizer.tokenize(text).size();
    }

    /** Whether a word of {@code text} starts in lower case, as words of a sentence do. */
    static boolean hasLowercaseWord(String text) {
        return WordTokenizer.tokenize(text).stream()
                .anyMatch(t -> Character.isLowerCase(t.text().charAt(0)));
    }

    /** Not blank, no lead-in, not longer than a caption can be. */
    static boolean captionLike(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !isLeadIn(stripped)
                && wordCount(stripped) <= MAX_CAPTION_WORDS;
    }

    /** Quotes, reporting verbs, perfect or future tense: prose, not a caption. */
    static boolean readsAsNewsProse(String text) {
        return text.chars().anyMatch(c -> c == '"' || c == '“' || c == '”')
                || NEWS_PROSE.matcher(text).find();
    }

    /**
     * A paragraph that could be a caption, judged where no credit vouches for it: at most
     * {@code maxWords} long, quoting no one, and in the present tense captions are written in,
     * not the reported past or future of news prose.
     */
    static boolean shortCaption(String text, int maxWords) {
        int words = wordCount(text);
        return captionLike(text) && words >= 3 && words <= maxWords && hasLowercaseWord(text)
                && !readsAsNewsProse(text);
    }
}
