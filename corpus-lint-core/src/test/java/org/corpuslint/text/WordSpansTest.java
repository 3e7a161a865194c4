package org.corpuslint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The words the profile's statistics share are the tokeniser's, by their offsets. */
class WordSpansTest {

    @Test
    void spansAreTheTokenisersWords() {
        WordSpans words = WordSpans.of("Putin’s aide said: don't — co-operate, 2024!");
        List<String> found = new ArrayList<>();
        String text = "Putin’s aide said: don't — co-operate, 2024!";
        for (int k = 0; k < words.count(); k++) {
            found.add(text.substring(words.start(k), words.end(k)));
        }
        assertEquals(List.of("Putin’s", "aide", "said", "don't", "co", "operate", "2024"), found);
    }

    @Test
    void theSameAsTokenizeOnRandomTextLongerThanTheFirstArray() {
        Random random = new Random(7);
        String alphabet = "ab’' -.,\nÉé1";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(400); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Token> tokens = WordTokenizer.tokenize(text);
            WordSpans words = WordSpans.of(text);
            assertEquals(tokens.size(), words.count());
            for (int k = 0; k < tokens.size(); k++) {
                assertEquals(tokens.get(k).start(), words.start(k));
                assertEquals(tokens.get(k).end(), words.end(k));
            }
        }
    }
}
