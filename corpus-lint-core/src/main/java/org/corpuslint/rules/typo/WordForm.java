package org.corpuslint.rules.typo;

import java.util.Locale;

/** The form of a word that spelling is judged on: curly apostrophes straightened, possessive dropped. */
final class WordForm {

    /**
     * The longest word spelling is judged on. Longer runs of letters are not words (glued text,
     * encoded data) and are skipped: candidate search, splits and edit distances cost the square
     * of a word's length, so this cap keeps every word's cost bounded whatever the input.
     */
    static final int MAX_CHECKED_LENGTH = 64;
    private static final char LATIN1_END = '\u00FF';

    /**
     * Per Latin-1 character, {@link Character#toLowerCase(char)}: what lower-casing a word of
     * Latin-1 letters does to each (one letter to one, see {@link #isLowerCase}).
     */
    static final char[] LATIN1_LOWER = new char[LATIN1_END + 1];

    static {
        for (char c = 0; c <= LATIN1_END; c++) {
            LATIN1_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private WordForm() {}

    /** Longer than any word worth judging; see {@link #MAX_CHECKED_LENGTH}. */
    static boolean tooLong(String word) {
        return word.length() > MAX_CHECKED_LENGTH;
    }

    /** {@code Pyongyang’s} and {@code Pyongyang's} give {@code Pyongyang}; {@code don’t} gives {@code don't}. */
    static String base(String token) {
        String word = token.indexOf('\u2019') >= 0 ? token.replace('\u2019', '\'') : token;
        if (word.endsWith("'s") || word.endsWith("'S")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("'")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters, none of them lower-case: an acronym such as {@code UKIP}. */
    static boolean isAllCaps(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** {@code LCDs}, {@code PSPs}: an acronym with a plural s. */
    static boolean isAcronymPlural(String word) {
        return word.length() >= 3 && word.endsWith("s")
                && isAllCaps(word.substring(0, word.length() - 1));
    }

    /** {@code iPod}, {@code eBay}, {@code iCan}: a brand, written as its owner writes it. */
    static boolean isLowerCamelCase(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static boolean isLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > LATIN1_END) {
                // Beyond Latin-1 lower-casing may depend on the letters around (final sigma).
                return word.equals(word.toLowerCase(Locale.ROOT));
            }
            // Within Latin-1, String.toLowerCase maps each letter as Character.toLowerCase.
            if (Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** True when every character is Latin-1, whose lower-casing maps one letter to one. */
    static boolean isLatin1(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > LATIN1_END) {
                return false;
            }
        }
        return true;
    }

    /** {@code receive} as it would start a sentence: {@code Receive}. */
    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** {@code Recieve} with its first letter lowered: {@code recieve}. */
    static String decapitalize(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}
