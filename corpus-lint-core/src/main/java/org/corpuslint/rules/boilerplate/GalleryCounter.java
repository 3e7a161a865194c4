package org.corpuslint.rules.boilerplate;

import java.util.regex.Pattern;

/**
 * A gallery position or photo counter left as a line of its own ({@code Image 3 of 12},
 * {@code 3 / 12}, {@code 1 - 5 of 36}): a slideshow's chrome, never a sentence. A bare pair of
 * numbers needs {@code of} or a slash, so a score such as {@code 3-1} is not one.
 */
final class GalleryCounter {

    private static final Pattern COUNTER = Pattern.compile(
            "(?i)\\s*(?:(?:image|photo|picture|slide|item|page)s?\\s*)?\\d{1,3}\\s*"
                    + "(?:(?:of|/)\\s*(?:/\\s*)?\\d{1,4}|[-–]\\s*\\d{1,3}\\s+of\\s+\\d{1,4})\\s*");

    private GalleryCounter() {}

    static boolean is(String line) {
        return line.length() <= 40 && hasDigit(line) && COUNTER.matcher(line).matches();
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
