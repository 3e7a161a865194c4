package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link QuotedTitle} reads the words of a quote in one scan; it must judge every text as
 * splitting it into words did (kept here as the reference).
 */
class QuotedTitleTest {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of",
            "in", "on", "at", "to", "for", "by", "with", "from");
    private static final String[] PIECES = {"Harbour", "Life", "the", "of", "and", "tide",
        "3", "É", "é", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u000B", "x", "A", "\u212A",
        "\uD801\uDC00"};

    @Test
    void judgesAsTheSplitWordsDid() {
        Random random = new Random(12);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String inner = text.toString();
            assertEquals(bySplitting(inner), QuotedTitle.is(inner), inner);
        }
    }

    @Test
    void titlesAndSpeech() {
        assertTrue(QuotedTitle.is(" The Tide and the Town "));
        assertFalse(QuotedTitle.is("we will rebuild the harbour"));
        assertFalse(QuotedTitle.is("One Two Three Four Five Six Seven"));
    }

    private static boolean bySplitting(String inner) {
        String[] words = inner.strip().split("\\s+");
        if (words.length == 0 || words.length > QuotedTitle.MAX_WORDS || words[0].isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            char first = words[i].charAt(0);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            if (!capital && (i == 0 || !SMALL_WORDS.contains(words[i]))) {
                return false;
            }
        }
        return true;
    }
}
