package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The build-time name table equals reading Datafaker's locale files at start-up. */
class PersonalNameTableTest {

    @Test
    void shippedTableEqualsReadingTheLocaleFiles() {
        Map<String, Integer> shipped = PersonalNameTable.precomputed();
        assertNotNull(shipped, "the build writes " + PersonalNameTable.RESOURCE);
        assertEquals(PersonalNames.load(), shipped);
    }

    @Test
    void writtenTableReadsBackWithKinds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PersonalNameTable.write(Map.of("Jürgen", 1, "Okafor", 2, "Morgan", 3), out);
        DataInputStream in = new DataInputStream(new GZIPInputStream(
                new ByteArrayInputStream(out.toByteArray())));
        in.readInt();
        assertEquals(3, in.readInt());
        assertEquals("Jürgen", in.readUTF());
        assertEquals(1, in.readByte());
        assertEquals("Morgan", in.readUTF());
        assertEquals(3, in.readByte());
    }
}
