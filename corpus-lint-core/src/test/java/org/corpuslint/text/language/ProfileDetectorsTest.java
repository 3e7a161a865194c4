package org.corpuslint.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detector read from the build's precomputed table answers exactly as the one the library
 * builds from its own profiles: same languages, same order, same probabilities to the bit.
 */
class ProfileDetectorsTest {

    private static final List<String> TEXTS = List.of(
            "The harbour master said the ferries would run again once the storm had passed.",
            "Der Hafenmeister sagte, die Fähren würden wieder fahren, sobald der Sturm vorbei sei.",
            "Le capitaine du port a dit que les traversées reprendraient après la tempête.",
            "El capitán del puerto dijo que los transbordadores volverían a salir mañana.",
            "Kapitan portu powiedział, że promy popłyną znowu, gdy burza minie.",
            "Начальник порта сказал, что паромы снова пойдут после шторма.",
            "Il capitano del porto ha detto che i traghetti ripartiranno domani mattina.",
            "storm", "the ferry", "wieder fahren", "港口负责人说渡轮明天恢复", "", "12 34 56");

    @Test
    void tableDetectorAnswersAsTheLibrarysOwn() {
        LanguageDetector fromTable = ProfileDetectors.fromTable().orElseThrow(
                () -> new AssertionError("the build's table was not read"));
        LanguageDetector fromProfiles = ProfileDetectors.fromProfiles();
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
        for (String text : TEXTS) {
            assertEquals(describe(fromProfiles.getProbabilities(texts.forText(text))),
                    describe(fromTable.getProbabilities(texts.forText(text))), text);
        }
        assertEquals("de", fromTable.getProbabilities(texts.forText(TEXTS.get(1))).get(0)
                .getLocale().toString());
    }

    @Test
    void tableLooksUpGramsOfOneToThreeUnits() throws Exception {
        NgramTable table = PrecomputedLanguageProfiles.table();
        NgramTable read = NgramTable.read(new java.io.ByteArrayInputStream(bytes(table)));
        NgramProbabilities probabilities = new NgramProbabilities(read);
        assertNotNull(probabilities.get("th"));
        assertEquals(read.languages().size(), probabilities.get("e").length);
        assertNull(probabilities.get("four"));
        assertNull(probabilities.get(""));
        assertNull(probabilities.get("\u0001\u0002"));
        assertTrue(probabilities.get("e") == probabilities.get("e"), "made once, then kept");
    }

    private static byte[] bytes(NgramTable table) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        table.write(out);
        return out.toByteArray();
    }

    private static String describe(List<DetectedLanguage> ranked) {
        StringBuilder out = new StringBuilder();
        for (DetectedLanguage language : ranked) {
            out.append(language.getLocale()).append('=')
                    .append(Double.doubleToLongBits(language.getProbability())).append(' ');
        }
        return out.toString();
    }
}
