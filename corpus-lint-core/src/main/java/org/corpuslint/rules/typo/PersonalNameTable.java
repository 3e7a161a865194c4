package org.corpuslint.rules.typo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@link PersonalNames}' map (name to the kinds it is listed as), computed at build time from
 * Datafaker's locale files ({@link PrecomputedTables}) into one small resource, so that a start
 * reads one list instead of scanning every locale file of the Datafaker jar (or of a jar that
 * bundles it). Without the resource the lists are read as before.
 */
final class PersonalNameTable {

    static final String RESOURCE = "/org/corpuslint/rules/typo/personal-names.bin.gz";
    private static final int MAGIC = 0x434c4e31; // "CLN1"

    private PersonalNameTable() {}

    /** The precomputed names, or {@code null} when the resource is absent or unreadable. */
    static Map<String, Integer> precomputed() {
        try (InputStream in = PersonalNameTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
            if (data.readInt() != MAGIC) {
                return null;
            }
            int size = data.readInt();
            Map<String, Integer> names = new HashMap<>(size * 4 / 3 + 1);
            for (int i = 0; i < size; i++) {
                String name = data.readUTF();
                names.put(name, (int) data.readByte());
            }
            return names;
        } catch (IOException e) {
            return null; // read from the locale files instead
        }
    }

    static void write(Map<String, Integer> names, OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeInt(MAGIC);
        data.writeInt(names.size());
        // Sorted, so the resource is the same byte for byte from build to build.
        for (Map.Entry<String, Integer> entry : new TreeMap<>(names).entrySet()) {
            data.writeUTF(entry.getKey());
            data.writeByte(entry.getValue());
        }
        data.flush();
        zipped.finish();
    }

    /** Writes the table into {@code classes}, the classes folder. */
    static void writeAll(Path classes) throws IOException {
        Path target = classes.resolve(RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(PersonalNames.load(), out);
        }
    }
}
