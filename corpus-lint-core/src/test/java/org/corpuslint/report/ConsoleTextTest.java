package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "Zoë's caf\u00e9 \u2014 \u65e5\u672c \uD83D\uDE00 C:\\path";
        assertSame(text, ConsoleText.escape(text));
    }

    @Test
    void everyKindOfControlCharacterIsWrittenOutVisibly() {
        assertEquals("\\t\\n\\r\\e[2J\\x00\\x07\\x1f\\x7f\\u0085\\u009b",
                ConsoleText.escape("\t\n\r\u001b[2J\u0000\u0007\u001f\u007f\u0085\u009b"));
        assertEquals("a\\u202eb\\u2066c\\u2069d\\u200fe\\u061cf\\u2028g\\u2029",
                ConsoleText.escape("a\u202eb\u2066c\u2069d\u200fe\u061cf\u2028g\u2029"));
    }

    @Test
    void aDiffLineKeepsItsTabsOnly() {
        assertEquals("+\tindented \\e[31mred\\r",
                ConsoleText.escapeDiffLine("+\tindented \u001b[31mred\r"));
    }
}
