package org.corpuslint.text.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditWords} cuts a credit into words with scans; it must cut every text as the
 * patterns it replaced did (kept here as the reference).
 */
class CreditWordsTest {

    private static final Pattern PART_SEPARATORS = Pattern.compile("[\\s/,;|&()\\[\\]]+");
    private static final Pattern INNER_SEPARATORS = Pattern.compile("[_\\-\u2010\u2013]+");
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\"'“”‘’«».:]+|[\"'“”‘’«».:]+$");

    private static final String[] PIECES = {"Jane", "doe", "AP", "Reuters", "www.example.com",
        " ", "  ", "/", ",", ";", "|", "&", "(", ")", "[", "]", "\t", "\u00A0", "\u000B", "\f",
        "\"", "'", "“", "”", "‘", "’", "«", "»", ".", ":", "-", "_", "\u2010", "\u2013", "—",
        "1", "é", "\u0301", "\uD835\uDC00", "\uD835", "\u0085", "\u2028", "\u2029", "\r", "\n",
        "EPA-EFE", "RIA_Kremlinpool", "x"};

    @Test
    void cutsWordsAsThePatternsDid() {
        Random random = new Random(7);
        for (int round = 0; round < 100_000; round++) {
            String text = randomText(random);
            assertEquals(wordsByPattern(text), CreditWords.words(text), text);
        }
    }

    @Test
    void cutsInnerWordsAsThePatternDid() {
        Random random = new Random(8);
        for (int round = 0; round < 100_000; round++) {
            String word = randomText(random);
            List<String> expected = new ArrayList<>(
                    Arrays.asList(INNER_SEPARATORS.split(word)));
            expected.removeIf(String::isEmpty);
            assertEquals(expected, CreditWords.innerWords(word), word);
        }
    }

    @Test
    void cutsACredit() {
        assertEquals(List.of("Photo", "Jane", "Doe", "EPA-EFE", "www.example.com"),
                CreditWords.words("“Photo: Jane Doe / EPA-EFE, (www.example.com).”"));
        assertEquals(List.of("EPA", "EFE"), CreditWords.innerWords("-EPA--EFE-"));
        assertEquals(List.of("Doe\u2028"), CreditWords.words("Doe.\u2028"));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static List<String> wordsByPattern(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : PART_SEPARATORS.split(text)) {
            String word = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }
}
