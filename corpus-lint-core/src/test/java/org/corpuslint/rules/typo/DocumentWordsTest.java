package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;
import org.junit.jupiter.api.Test;

class DocumentWordsTest {

    private static DocumentWords words(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        return new DocumentWords(text, tokens);
    }

    @Test
    void givesEachDistinctBaseFormOneIdInOrderOfFirstUse() {
        DocumentWords doc = words("The mill's wheel turned; the mill\u2019s owner sold the mill.");
        // The, mill, wheel, turned, the, mill, owner, sold, the, mill
        assertEquals(List.of("The", "mill", "wheel", "turned", "the", "owner", "sold"),
                doc.words());
        assertEquals(7, doc.distinctWords());
        assertEquals(doc.id(1), doc.id(5));
        assertEquals(doc.id(1), doc.id(9));
        assertEquals("mill", doc.word(doc.id(9)));
        assertEquals(3, doc.countAt(1));
        assertEquals(3, doc.count("mill"));
        assertEquals(2, doc.count("the"));
        assertEquals(1, doc.count("The"));
        assertEquals(0, doc.count("miller"));
        assertEquals(Map.of("The", 1, "mill", 3, "wheel", 1, "turned", 1, "the", 2,
                "owner", 1, "sold", 1), doc.counts());
    }

    @Test
    void countsWordsOfTheSameHashApart() {
        DocumentWords doc = words("Aa BB Aa BB BB");
        assertEquals(2, doc.count("Aa"));
        assertEquals(3, doc.count("BB"));
        assertEquals(0, doc.count("Ab"));
        assertEquals(0, words("").distinctWords());
        assertEquals(0, words("").count("word"));
    }
}
