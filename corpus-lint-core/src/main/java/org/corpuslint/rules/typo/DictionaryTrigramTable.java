package org.corpuslint.rules.typo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@link LetterTrigrams} counts over a variant's dictionary, computed at build time
 * ({@link PrecomputedTables}, run by the core's build after compiling) into a small resource, so that a
 * start-up reads about 30 KB instead of walking the whole dictionary (a fifth of a second of
 * CPU, most of a short run's). The build writes the table from the dictionary on the class
 * path, so it cannot go stale; without the resource (classes built by an IDE) the speller
 * counts as before.
 */
final class DictionaryTrigramTable {

    private static final String FOLDER = "/org/corpuslint/rules/typo/trigrams/";
    private static final int MAGIC = 0x434c5433; // "CLT3"

    private DictionaryTrigramTable() {}

    /** The resource of {@code variant} ({@code en-US}). */
    static String resource(String variant) {
        return FOLDER + variant + ".bin.gz";
    }

    /** The precomputed counts of {@code variant}'s dictionary, or {@code null} when none. */
    static int[] precomputed(String variant) {
        try (InputStream in = DictionaryTrigramTable.class.getResourceAsStream(resource(variant))) {
            if (in == null) {
                return null;
            }
            // Inflated whole and read as one buffer of ints (big-endian, as DataOutputStream
            // wrote them): not four single-byte reads of the inflater per count.
            IntBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 15).readAllBytes())
                    .asIntBuffer();
            if (data.remaining() < 2 || data.get() != MAGIC) {
                return null;
            }
            int length = data.get();
            if (length < 0 || length > data.remaining()) {
                return null;
            }
            int[] counts = new int[length];
            data.get(counts);
            return counts;
        } catch (IOException e) {
            return null; // counted from the dictionary instead
        }
    }

    static void write(int[] counts, OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeInt(MAGIC);
        data.writeInt(counts.length);
        for (int count : counts) {
            data.writeInt(count);
        }
        data.flush();
        zipped.finish();
    }

    /** Writes the table of every variant into {@code classes}, the classes folder. */
    static void writeAll(Path classes) throws IOException {
        for (String variant : EnglishSpeller.VARIANTS) {
            Path target = classes.resolve(resource(variant).substring(1));
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                write(EnglishSpeller.countTrigrams(variant), out);
            }
        }
    }
}
