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

    /** The decoder of the whole array reads what name-by-name {@code readUTF} reads. */
    @Test
    void readsEveryNameAsReadUtfDoes() throws IOException {
        java.util.Random random = new java.util.Random(3);
        Map<String, Integer> names = new java.util.HashMap<>();
        String letters = "aZ\u0000\u007f\u0080\u00e9\u07ff\u0800\u0130\u4e2d\uffff";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                name.append(random.nextInt(3) == 0 ? Character.toChars(0x1F600 + random.nextInt(50))
                        : new char[] {letters.charAt(random.nextInt(letters.length()))});
            }
            names.put(name.toString(), 1 + random.nextInt(3));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PersonalNameTable.write(names, out);
        DataInputStream in = new DataInputStream(new GZIPInputStream(
                new ByteArrayInputStream(out.toByteArray())));
        in.readInt();
        Map<String, Integer> byReadUtf = new java.util.HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            byReadUtf.put(in.readUTF(), (int) in.readByte());
        }
        assertEquals(names, byReadUtf);
        assertEquals(byReadUtf, PersonalNameTable.read(new ByteArrayInputStream(out.toByteArray())));
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
