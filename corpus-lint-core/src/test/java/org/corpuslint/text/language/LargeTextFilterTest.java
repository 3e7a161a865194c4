package org.corpuslint.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one filter gives the identifier the text the library's two filters give it. */
class LargeTextFilterTest {

    private static final TextObjectFactory LIBRARY =
            CommonTextObjectFactories.forDetectingOnLargeText();
    private static final TextObjectFactory OURS = new TextObjectFactoryBuilder()
            .maxTextLength(10_000).withTextFilter(new LargeTextFilter()).build();

    @Test
    void theCharactersPassedOverAreLatinCommonInheritedOrUnassigned() {
        for (char c = 0; c < 0xFFFF; c++) {
            if (LargeTextFilter.unchangedByFilters(String.valueOf(c))) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                assertTrue(script == Character.UnicodeScript.LATIN
                        || script == Character.UnicodeScript.COMMON
                        || script == Character.UnicodeScript.INHERITED
                        || script == Character.UnicodeScript.UNKNOWN, Integer.toHexString(c));
            }
        }
    }

    @Test
    void sameTextAsTheLibrarysFilters() {
        String[] pieces = {"the ", "Minister ", "said ", "caf\u00E9 ", "\u00A3300 ", "\u2013 ",
            "\u201Cquoted\u201D ", "\u043F\u0440\u0438\u0432\u0435\u0442 ", "\u03B1\u03B2 ",
            "\u4E2D\u6587 ", "mail@example.org ", "https://example.org/a?b=c ", "x@y ",
            "ftp://host ", "\u0301", "\u200D", "\u02EA ", "\u0250 ", "na\u00EFve ", "  ", "\n"};
        Random random = new Random(14);
        int unchanged = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                // Mostly plain pieces, so that many texts take the quick answer.
                text.append(pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 7)]);
            }
            String t = text.toString();
            if (LargeTextFilter.unchangedByFilters(t)) {
                unchanged++;
            }
            assertEquals(LIBRARY.forText(t).toString(), OURS.forText(t).toString(), t);
        }
        assertTrue(unchanged > 500 && unchanged < 4_500, "quick answers: " + unchanged);
        assertFalse(LargeTextFilter.unchangedByFilters("write to a@b.org"));
        assertFalse(LargeTextFilter.unchangedByFilters("see http://x.org"));
        assertFalse(LargeTextFilter.unchangedByFilters("\u041C\u0430rk"));
    }
}
