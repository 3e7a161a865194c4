package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    /** What an XML parser gives back for {@code text} written by {@link XmlText#attribute}. */
    static String asXmlCanCarry(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void markupAndQuotesBecomeEntities() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&apos;]]&gt;",
                XmlText.attribute("<a href=\"x\">&']]>"));
    }

    @Test
    void lineBreaksAndTabsSurviveAttributeNormalisation() {
        assertEquals("a&#9;b&#10;c&#13;d", XmlText.attribute("a\tb\nc\rd"));
    }

    @Test
    void charactersXmlCannotCarryBecomeTheReplacementCharacter() {
        assertEquals("\uFFFD\uFFFD\uFFFD x \uFFFD\uFFFD \uFFFD",
                XmlText.attribute("\u0000\u0001\u001B x \uDC00\uD800 \uFFFF"));
    }

    @Test
    void surrogatePairsAndOtherCharactersStay() {
        assertEquals("\uD83D\uDE00 é \u2028 \u007F", XmlText.attribute("\uD83D\uDE00 é \u2028 \u007F"));
    }
}
