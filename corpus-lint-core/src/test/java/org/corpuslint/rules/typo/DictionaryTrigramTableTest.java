package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The build-time table equals counting the dictionary at start-up. */
class DictionaryTrigramTableTest {

    @Test
    void shippedTableEqualsCountingTheDictionary() {
        int[] shipped = DictionaryTrigramTable.precomputed("en-US");
        assertNotNull(shipped, "the build writes " + DictionaryTrigramTable.resource("en-US"));
        assertArrayEquals(EnglishSpeller.countTrigrams("en-US"), shipped);
    }

    @Test
    void writtenTableReadsBack() throws IOException {
        int[] counts = {0, 3, 0, 0, 7, 1};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DictionaryTrigramTable.write(counts, out);
        DataInputStream in = new DataInputStream(new GZIPInputStream(
                new ByteArrayInputStream(out.toByteArray())));
        in.readInt();
        int[] read = new int[in.readInt()];
        for (int i = 0; i < read.length; i++) {
            read[i] = in.readInt();
        }
        assertArrayEquals(counts, read);
    }

    @Test
    void spellerUsesTheSameCountsEitherWay() {
        assertArrayEquals(EnglishSpeller.countTrigrams("en-US"),
                EnglishSpeller.forVariants(java.util.List.of("en-US", "en-GB"))
                        .dictionaryTrigrams());
    }
}
