package org.corpuslint.text.damage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpuslint.text.WordTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The finders {@link TextDamage#scan} skips for a text of inert characters find nothing in any
 * such text: the shortcut changes no answer.
 */
class InertCharactersTest {

    @Test
    void theInertCharactersAreThoseListed() {
        StringBuilder inert = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (TextDamage.onlyInertCharacters(String.valueOf(c))) {
                inert.append(c);
            }
        }
        assertEquals(3 + (0x7F - 0x20) + (0xC2 - 0xA0 - 1) + (0x2028 - 0x2010), inert.length());
        assertTrue(TextDamage.onlyInertCharacters("The price rose to \u00A3300 \u2013 \u201Cfar\u201D\u2026"));
        assertFalse(TextDamage.onlyInertCharacters("caf\u00E9"));
        assertFalse(TextDamage.onlyInertCharacters("co\u00ADoperate"));
        assertFalse(TextDamage.onlyInertCharacters("a\u200Bb"));
        assertFalse(TextDamage.onlyInertCharacters("bell\u0007"));
        assertFalse(TextDamage.onlyInertCharacters("\u00C2\u00A3"));
    }

    @Test
    void theSkippedFindersFindNothingInInertText() {
        List<Character> alphabet = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (TextDamage.onlyInertCharacters(String.valueOf(c))) {
                alphabet.add(c);
            }
        }
        Random random = new Random(14);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(300);
            for (int k = 0; k < length; k++) {
                // Letters and spaces mostly, so that words form around the other characters.
                int pick = random.nextInt(4);
                text.append(pick == 0 ? alphabet.get(random.nextInt(alphabet.size()))
                        : pick == 1 ? ' ' : (char) ('a' + random.nextInt(26)));
            }
            assertNothingSkippedFinds(text.toString());
        }
        for (char c : alphabet) {
            assertNothingSkippedFinds("a" + c + "b " + c + c + c + " " + c + "\n" + c);
        }
    }

    private static void assertNothingSkippedFinds(String text) {
        assertTrue(TextDamage.onlyInertCharacters(text));
        List<Damage> found = new ArrayList<>();
        MojibakeFinder.find(text, found);
        StrayCharacterFinder.find(text, found);
        MixedScriptFinder.find(text, () -> WordTokenizer.tokenize(text), found);
        NormalFormFinder.find(text, found);
        assertEquals(List.of(), found, text);
    }
}
