package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link GluedLinks} finds joins without building the split line when only asked whether. */
class GluedLinksTest {

    private static final String[] PIECES = {"a", "b", "c", "d", "e", "S", "P", "I", "É", "é",
        " ", "n", "7", ".", "Subscribe", "Sign", "In", "Privacy", "Policy", "YouTube"};

    @Test
    void splitsJoinedLinkTexts() {
        assertEquals("Subscribe Sign In", GluedLinks.split("SubscribeSign In"));
        assertEquals("Privacy Policy Terms of Use", GluedLinks.split("Privacy PolicyTerms of Use"));
        assertEquals("Watch on YouTube", GluedLinks.split("Watch on YouTube"));
    }

    @Test
    void splitAndHasAgreeWithTheOneCharacterAtATimeDefinition() {
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = text.toString();
            String expected = splitByDefinition(line);
            assertEquals(expected, GluedLinks.split(line), line);
            assertEquals(!expected.equals(line), GluedLinks.has(line), line);
        }
    }

    /** A space before every capital that starts a lower-case word after a long capitalised one. */
    private static String splitByDefinition(String line) {
        StringBuilder out = new StringBuilder();
        int lower = 0;
        boolean capitalised = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                capitalised |= lower == 0 && i > 0 && Character.isUpperCase(line.charAt(i - 1));
                lower++;
            } else {
                if (Character.isUpperCase(c) && lower >= GluedLinks.MIN_LOWER_RUN && capitalised
                        && i + 1 < line.length() && Character.isLowerCase(line.charAt(i + 1))) {
                    out.append(' ');
                }
                lower = 0;
                capitalised = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
