package org.corpuslint.rules.boilerplate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line looks like, independent of what it says: its length in words, how it ends,
 * whether it speaks to the reader, and whether it carries an e-mail address, a URL or a
 * copyright sign.
 *
 * @param words the line's normalised words
 * @param shortLine at most {@value #SHORT_WORDS} words and not ending with a full stop: a
 *     button, label or link rather than a sentence
 * @param exclaims a line of at most {@value #EXCLAIM_WORDS} words ending with {@code !}
 * @param proseShaped at least {@value #PROSE_WORDS} words ending as a sentence ends
 * @param addressesReader says you, your, our, us or please outside quoted speech
 * @param email contains an e-mail address
 * @param url contains a web address
 * @param copyrightSign contains {@code ©} or {@code (c)} before a year
 */
record LineShape(
        List<String> words, boolean shortLine, boolean exclaims, boolean proseShaped,
        boolean addressesReader, boolean email, boolean url, boolean copyrightSign) {

    static final int SHORT_WORDS = 8;
    static final int EXCLAIM_WORDS = 12;
    static final int PROSE_WORDS = 10;

    private static final Set<String> READER_WORDS = Set.of("you", "your", "yours", "yourself",
            "you're", "you've", "you'll", "you'd", "our", "ours", "us", "please");
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+\\.(com|org|net|co\\.uk|io|news)/\\S*");
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\([cC]\\)\\s*(19|20)\\d\\d");

    static LineShape of(String line, List<String> words) {
        int last = lastNonSpace(line);
        char end = last < 0 ? ' ' : line.charAt(last);
        int n = words.size();
        boolean endsSentence = ".!?…\"”’')".indexOf(end) >= 0;
        return new LineShape(words,
                n <= SHORT_WORDS && end != '.',
                n <= EXCLAIM_WORDS && end == '!',
                n >= PROSE_WORDS && endsSentence,
                addressesReader(line, words),
                line.indexOf('@') >= 0 && EMAIL.matcher(line).find(),
                (line.contains("http") || line.contains("www.") || line.indexOf('/') >= 0)
                        && URL.matcher(line).find(),
                (line.indexOf('©') >= 0 || line.indexOf('(') >= 0)
                        && COPYRIGHT.matcher(line).find());
    }

    private static boolean addressesReader(String line, List<String> words) {
        // Quoted speech ("your support means a lot," she said) is the article talking.
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                return false;
            }
        }
        for (String word : words) {
            if (READER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int lastNonSpace(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00A0'
                || line.charAt(i) == '\u202F')) {
            i--;
        }
        return i;
    }
}
