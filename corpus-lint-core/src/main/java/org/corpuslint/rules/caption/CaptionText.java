package org.corpuslint.rules.caption;

import java.util.List;
import java.util.regex.Pattern;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/** What the text of a line says about whether it can be a caption. */
final class CaptionText {

    /** Longer lines are prose paragraphs. */
    static final int MAX_CAPTION_WORDS = 60;
    /** Words of a line of names or figures long enough to be the article's, not a control. */
    private static final int LONG_LIST_WORDS = 10;
    /** Opening words an alt text shares with the caption it repeats. */
    private static final int SAME_OPENING_WORDS = 5;

    /** A lead-in or a kicker: ends with a colon, or opens with a short label and a colon. */
    private static final Pattern LEAD_IN = Pattern.compile(".*:|(?:\\S+\\s+){0,2}\\S+:\\s.*");
    /**
     * The heading of a box of links to other stories ({@code More from the desk}, {@code Related
     * stories}, {@code Most read}): the teasers below it carry bylines, not credits.
     */
    private static final Pattern LINK_BOX_HEADING = Pattern.compile("(?i)(?:more\\s+(?:from"
            + "|on|in|about|stories|news)|related|recommended|most\\s+(?:read|popular|viewed"
            + "|shared)|also\\s+(?:read|see|on)|you\\s+(?:may|might)\\s+(?:also\\s+)?like"
            + "|top\\s+stories|trending|latest\\s+(?:news|stories)|(?:next|previous)\\s+"
            + "(?:story|article|post)|further\\s+reading|elsewhere\\s+on)\\b.*");
    private static final int LINK_BOX_HEADING_WORDS = 6;
    /**
     * A kicker that names another medium ({@code Video: ...}, {@code Watch live: ...}): a video
     * or a recording is not a photo. The label is the medium alone; {@code Watch out: ...} is a
     * caption's kicker.
     */
    private static final Pattern OTHER_MEDIUM = Pattern.compile(
            "(?i)(?:(?:video|watch|audio|listen|podcast|live)\\s*)+:.*");
    /** A list item the article marked with a bullet: the story's list, never a caption. */
    private static final Pattern BULLET = Pattern.compile("[-•*–·]\\s.*");
    /** A caption's own label, not a lead-in: {@code FILE PHOTO: ...}, {@code Pictured: ...}. */
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "(?i)(?:file\\s+(?:photo|picture|image)|pictured|photo|picture|image)\\s*:");
    /** A copyright or licence notice is page furniture, not a caption. */
    private static final Pattern NOTICE = Pattern.compile("(?i)^(?:copyright\\b|©|\\(c\\)\\s)");
    /** A line that opens with a call to action: a page control or an appeal. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)(?:sign\\s+up|subscribe"
            + "|click|tap|follow|share|download|join|register|log\\s+in|please|donate|support"
            + "|enable|disable|accept|buy|shop|read\\s+more|learn\\s+more|see\\s+more)\\b");
    private static final Pattern READER = Pattern.compile("(?i)\\b(?:you|you're|you’re)\\b");
    /** Words in double quotes: someone's speech, not the page talking to its reader. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*$");
    /** A gallery's position line: {@code 3 of 12}, {@code Image 1 of / 5}, {@code 2/7}. */
    static final Pattern GALLERY_COUNTER = Pattern.compile("(?i)(?:(?:image|photo"
            + "|picture|slide|gallery)\\s*)?\\d*\\s*(?:of|/)\\s*(?:of|/)?\\s*\\d+");
    /** Reporting verbs and auxiliaries of news prose, which captions do without. */
    private static final Pattern NEWS_PROSE = Pattern.compile("\\b(?:said|says|told|added"
            + "|has|have|had|will|would|could|should|according)\\b");

    private CaptionText() {}

    /** A gallery's position line: {@code Image 2 of 6}, {@code 3 / 12}. */
    static boolean isGalleryCounter(String text) {
        return endsWithDigit(text) && GALLERY_COUNTER.matcher(text.strip()).matches();
    }

    /**
     * Whether the last character before any trailing white space is an ASCII digit, as a
     * match of {@link #GALLERY_COUNTER} ends: a quick test that spares prose lines the pattern.
     */
    private static boolean endsWithDigit(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c >= '0' && c <= '9';
            }
        }
        return false;
    }

    /** A title or an alt text: a line that ends without a sentence's final stop. */
    static boolean isHeading(String text) {
        return !SENTENCE_END.matcher(text.strip()).find();
    }

    /** A line that introduces what follows: a lead-in, or the heading of a box of links. */
    static boolean isLeadIn(String text) {
        String stripped = text.strip();
        return LEAD_IN.matcher(stripped).matches() && !PHOTO_LABEL.matcher(stripped).lookingAt()
                && !isCaptionKicker(stripped)
                || isLinkBoxHeading(stripped);
    }

    /**
     * A caption opened by a short kicker: a label that is no call to action and reports no
     * speech, a colon, then a sentence in lower case that ends with its stop ({@code Early
     * start: a trawler unloads its catch.}). A lead-in ends with its colon or introduces a
     * quote or a link.
     */
    static boolean isCaptionKicker(String text) {
        String stripped = text.strip();
        int colon = stripped.indexOf(':');
        if (colon < 0 || !isKicker(stripped) || isHeading(stripped)) {
            return false;
        }
        String label = stripped.substring(0, colon);
        String rest = stripped.substring(colon + 1).strip();
        return !rest.isEmpty() && "\"“‘'".indexOf(rest.charAt(0)) < 0
                && !CALL_TO_ACTION.matcher(label).lookingAt() && !readsAsNewsProse(label)
                && !isLinkBoxHeading(label) && hasLowercaseWord(rest);
    }

    private static boolean isLinkBoxHeading(String stripped) {
        return isHeading(stripped) && LINK_BOX_HEADING.matcher(stripped).matches()
                && wordCount(stripped) <= LINK_BOX_HEADING_WORDS;
    }

    /** A line of the article's own list ({@code - item}): captions carry no bullet. */
    static boolean isListItem(String text) {
        return BULLET.matcher(text.strip()).matches();
    }

    /** Whether two lines open with the same words: an alt text and the caption it repeats. */
    static boolean sameOpening(String first, String second) {
        List<Token> a = WordTokenizer.tokenize(first);
        List<Token> b = WordTokenizer.tokenize(second);
        if (a.size() < SAME_OPENING_WORDS || b.size() < SAME_OPENING_WORDS) {
            return false;
        }
        for (int i = 0; i < SAME_OPENING_WORDS; i++) {
            if (!a.get(i).text().equals(b.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(String text) {
        return WordTokenizer.tokenize(text).size();
    }

    /** Whether a word of {@code text} starts in lower case, as words of a sentence do. */
    static boolean hasLowercaseWord(String text) {
        return WordTokenizer.tokenize(text).stream()
                .anyMatch(t -> Character.isLowerCase(t.text().charAt(0)));
    }

    /** Not blank, no lead-in or gallery counter, not longer than a caption can be. */
    static boolean captionLike(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !isLeadIn(stripped)
                && !isListItem(stripped)
                && !isGalleryCounter(stripped)
                && !NOTICE.matcher(stripped).find()
                && wordCount(stripped) <= MAX_CAPTION_WORDS;
    }

    /**
     * A line of the article's text rather than a control: words of a sentence (three or more,
     * one in lower case) or a long run of names; no gallery counter.
     */
    static boolean sentenceShaped(String text) {
        int words = wordCount(text);
        return (words >= 3 && hasLowercaseWord(text) || words >= LONG_LIST_WORDS)
                && !isGalleryCounter(text);
    }

    /**
     * A caption opened by a short kicker and a colon ({@code Modesty blaze: taking a selfie
     * ...}): shaped like a lead-in, but not ending in a colon and no longer than a caption.
     */
    static boolean isKicker(String text) {
        String stripped = text.strip();
        return LEAD_IN.matcher(stripped).matches() && !stripped.endsWith(":")
                && !OTHER_MEDIUM.matcher(stripped).matches()
                && wordCount(stripped) <= MAX_CAPTION_WORDS;
    }

    /**
     * Whether {@code text} tells the reader what to do or what happens to them ({@code Sign up
     * ...}, {@code you will need}), as cookie, share and subscription notices do and captions
     * of news photos do not.
     */
    static boolean addressesReader(String text) {
        return READER.matcher(QUOTED.matcher(text).replaceAll(" ")).find()
                || CALL_TO_ACTION.matcher(text.strip()).lookingAt();
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
