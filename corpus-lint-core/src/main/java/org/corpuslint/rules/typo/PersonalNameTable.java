package org.corpuslint.rules.typo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;
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
            return in == null ? null : read(in);
        } catch (IOException e) {
            return null; // read from the locale files instead
        }
    }

    /**
     * The table {@link #write} wrote, or {@code null} when it is not one. Decoded from the whole
     * inflated array rather than name by name through {@link DataInputStream#readUTF}: the same
     * strings, but a start-up pays neither the stream calls per name nor the compiler's work on
     * them.
     */
    static Map<String, Integer> read(InputStream zipped) throws IOException {
        byte[] bytes = new GZIPInputStream(zipped, 1 << 16).readAllBytes();
        try {
            if (bytes.length < 8 || intAt(bytes, 0) != MAGIC) {
                return null;
            }
            int size = intAt(bytes, 4);
            Map<String, Integer> names = new HashMap<>(size * 4 / 3 + 1);
            int at = 8;
            for (int i = 0; i < size; i++) {
                int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
                at += 2;
                String name = modifiedUtf8(bytes, at, length);
                at += length;
                names.put(name, (int) bytes[at++]);
            }
            return names;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new EOFException("personal name table cut short");
        }
    }

    private static int intAt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16)
                | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    }

    /** The string {@link DataOutputStream#writeUTF} wrote as {@code bytes[at, at + length)}. */
    static String modifiedUtf8(byte[] bytes, int at, int length) throws UTFDataFormatException {
        int end = at + length;
        int k = at;
        while (k < end && bytes[k] >= 0) {
            k++;
        }
        if (k == end) {
            return new String(bytes, at, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        int n = 0;
        for (k = at; k < end; ) {
            int c = bytes[k] & 0xFF;
            if (c < 0x80) {
                chars[n++] = (char) c;
                k++;
            } else if ((c & 0xE0) == 0xC0 && k + 1 < end && (bytes[k + 1] & 0xC0) == 0x80) {
                chars[n++] = (char) (((c & 0x1F) << 6) | (bytes[k + 1] & 0x3F));
                k += 2;
            } else if ((c & 0xF0) == 0xE0 && k + 2 < end && (bytes[k + 1] & 0xC0) == 0x80
                    && (bytes[k + 2] & 0xC0) == 0x80) {
                chars[n++] = (char) (((c & 0x0F) << 12) | ((bytes[k + 1] & 0x3F) << 6)
                        | (bytes[k + 2] & 0x3F));
                k += 3;
            } else {
                throw new UTFDataFormatException("malformed name at byte " + k);
            }
        }
        return new String(chars, 0, n);
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
