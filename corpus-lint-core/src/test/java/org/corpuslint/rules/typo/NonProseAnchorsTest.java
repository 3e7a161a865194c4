package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

/** The spans of addresses, handles, tags and words glued to an HTML entity. */
class NonProseAnchorsTest {

    private static List<String> skipped(String text) {
        BitSet skip = NonProse.spans(new Document("a.txt", text));
        List<String> spans = new ArrayList<>();
        for (int start = skip.nextSetBit(0); start >= 0; start = skip.nextSetBit(start)) {
            int end = skip.nextClearBit(start);
            spans.add(text.substring(start, end));
            start = end;
        }
        return spans;
    }

    @Test
    void marksAddressesAndHandlesFromTheStartOfTheirRun() {
        assertEquals(List.of("ferry+desk@harbour-office.co", "@tidewatch"),
                skipped("Write to ferry+desk@harbour-office.co or to @tidewatch today"));
        // An @ with nothing after it is no address; the next one is still found.
        assertEquals(List.of("@quay"), skipped("meet @ noon, then @quay"));
        // A handle glued to a word or another @ is not one.
        assertEquals(List.of(), skipped("the sea@ and @@ and x@ end"));
        assertEquals(List.of("a@b.cd", "e@f.gh"), skipped("a@b.cd,e@f.gh"));
    }

    @Test
    void marksTagsAndEntityWords() {
        assertEquals(List.of("#storm"), skipped("Harbour news #storm and C# and x#y"));
        assertEquals(List.of("risqu&#233;e", "caf&eacute;s"),
                skipped("A risqu&#233;e show at M&S and caf&eacute;s & bars &amp"));
        assertEquals(List.of("\u00e9t\u00e9&#233;"), skipped("un \u00e9t\u00e9&#233; chaud"));
    }
}
