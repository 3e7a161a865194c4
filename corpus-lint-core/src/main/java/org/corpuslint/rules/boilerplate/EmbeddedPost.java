package org.corpuslint.rules.boilerplate;

import java.util.List;

/**
 * A social-media post quoted in the article: its text followed by the post's own short link
 * ({@code … our slogan. https://t.co/abc}, {@code … pic.twitter.com/abc}). The link and the
 * network's name make it look like a share prompt, but the words are someone's post that the
 * story quotes, so the line is article text.
 */
final class EmbeddedPost {

    /** A share prompt is a few words; a quoted post says something first. */
    static final int MIN_WORDS = 6;

    private static final List<String> POST_LINKS = List.of("pic.twitter.com/", "t.co/",
            "twitter.com/", "x.com/", "instagram.com/p/", "facebook.com/", "youtu.be/");

    private EmbeddedPost() {}

    static boolean is(String line, LineShape shape) {
        if (!shape.url() || shape.words().size() < MIN_WORDS + 2) {
            return false;
        }
        int link = firstPostLink(line);
        if (link < 0) {
            return false;
        }
        return LineWords.normalisedWords(line.substring(0, link)).size() >= MIN_WORDS;
    }

    private static int firstPostLink(String line) {
        int first = -1;
        for (String link : POST_LINKS) {
            int at = line.indexOf(link);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return -1;
        }
        // Back up to the start of the address ("https://t.co/…").
        int start = first;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
