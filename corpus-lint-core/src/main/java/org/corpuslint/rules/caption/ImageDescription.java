package org.corpuslint.rules.caption;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.text.credit.Agencies;

/**
 * A paragraph of prose that describes one photo, as a caption does: {@code In a photograph
 * provided by ..., the leaders walk ...}, {@code Pictured: ...}, {@code The image shows ...}.
 * Such a paragraph is a caption folded into the text and needs a credit like any other.
 * Plural and general mentions ("Pictures and videos show the streets") are not descriptions of
 * one photo and do not count.
 */
final class ImageDescription {

    private static final String IMAGE = "(?i:(?:undated|handout|file|aerial|satellite|video"
            + "|archive|official|released|new)\\s+)*(?i:photo|photograph|image|picture|still"
            + "|screenshot|screengrab|frame|video\\s+still|photo\\s+illustration)";
    static final Pattern OPENING = Pattern.compile("^(?:"
            + "In\\s+(?:a|an|this|the|one)\\s+" + IMAGE + "\\s+(?<by>(?:provided|released|taken"
            + "|published|distributed|issued|obtained|posted|shared|supplied|handed\\s+out|made"
            + "\\s+available)\\b[^,]*)"
            + "|(?:Pictured|Photographed|Shown)"
            + "(?:\\s+(?:above|below|here|left|right|top|main))?\\s*[:,]"
            + "|(?:Above|Below|Top|Main\\s+(?:image|photo|picture))\\s*:"
            + "|(?:(?:The|This|That|A|An)\\s+)?" + IMAGE + "(?:\\s+(?:above|below|here))?"
            + "(?:\\s+(?:released|provided|distributed|issued|taken|published|obtained)\\b[^.;]*?)?"
            + "\\s+(?:shows|depicts|captures)\\b)");

    /** The first words of {@link #OPENING}'s case-sensitive forms, as written. */
    private static final Set<String> OPENING_WORDS = Set.of("In", "Pictured", "Photographed",
            "Shown", "Above", "Below", "Top", "Main", "The", "This", "That", "A", "An");
    /**
     * The words an image's name may open with, in ASCII lower case: that part of the pattern
     * ignores the case of ASCII letters only.
     */
    private static final Set<String> IMAGE_WORDS = Set.of("undated", "handout", "file",
            "aerial", "satellite", "video", "archive", "official", "released", "new", "photo",
            "photograph", "image", "picture", "still", "screenshot", "screengrab", "frame");

    private ImageDescription() {}

    /**
     * Whether {@code line} can match {@link #OPENING}, by its first word (its leading ASCII
     * letters: every form opens with a word of them and goes on with a space or a colon): a
     * quick test, so that most paragraphs of prose are not copied and matched.
     */
    static boolean mayOpenAsDescription(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < line.length() && isAsciiLetter(line.charAt(end))) {
            end++;
        }
        if (end == start) {
            return false;
        }
        String word = line.substring(start, end);
        return OPENING_WORDS.contains(word)
                || IMAGE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether {@code line} opens as the description of one photo and does not itself name its
     * source agency ("In a photo released by KCNA, ..." names one).
     */
    static boolean describesPhoto(String line, Agencies agencies) {
        if (!mayOpenAsDescription(line)) {
            return false;
        }
        Matcher m = OPENING.matcher(line.strip());
        if (!m.lookingAt()) {
            return false;
        }
        String source = m.group("by");
        if (source == null) {
            return true;
        }
        return !agencies.named(source);
    }
}
