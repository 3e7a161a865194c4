package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureSpillTest {

    @TempDir
    Path folder;

    @Test
    void readsBackEveryRecordInOrderAndOneByOneAndLeavesNoFileWhenClosed() throws IOException {
        List<short[]> written = randomRecords(1_000, 3);
        SignatureSpill spill = SignatureSpill.create(folder);
        for (int r = 0; r < written.size(); r++) {
            assertEquals(r, spill.append(written.get(r)));
        }
        SignatureSpill.Reader reader = spill.reader();
        short[] record = new short[MinHashSignature.HASHES];
        for (short[] expected : written) {
            reader.next(record);
            assertArrayEquals(expected, record);
        }
        spill.read(617, record);
        assertArrayEquals(written.get(617), record);

        SignatureSpill copy = SignatureSpill.create(folder);
        copy.append(written.get(5));
        copy.appendAll(spill);
        assertEquals(1_001, copy.records());
        copy.read(1_000, record);
        assertArrayEquals(written.get(999), record);

        spill.close();
        copy.close();
        assertFalse(spill.isOpen());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aFewRecordsStayInTheBufferAndCreateNoFile() throws IOException {
        List<short[]> written = randomRecords(100, 4);
        SignatureSpill spill = SignatureSpill.create(folder);
        written.forEach(spill::append);
        short[] record = new short[MinHashSignature.HASHES];
        spill.read(42, record);
        assertArrayEquals(written.get(42), record);
        SignatureSpill.Reader reader = spill.reader();
        for (short[] expected : written) {
            reader.next(record);
            assertArrayEquals(expected, record);
        }
        assertFalse(spill.isOpen());
        assertEquals(List.of(), filesIn(folder));
        spill.close();
    }

    @Test
    void spilledSignaturesGiveBackWhatWasAdded() {
        Random random = new Random(11);
        List<DocumentSignature> added = new ArrayList<>();
        SpilledSignatures first = new SpilledSignatures();
        SpilledSignatures second = new SpilledSignatures();
        for (int i = 0; i < 600; i++) {
            short[] minHashes = random.nextInt(4) == 0 ? null : randomRecords(1, i).get(0);
            DocumentSignature signature = new DocumentSignature("doc-" + random.nextInt(10_000)
                    + "-" + i + ".txt", random.nextLong(), minHashes,
                    random.nextBoolean() ? DocumentSignature.NO_DATE : random.nextInt(30_000),
                    random.nextInt(40));
            added.add(signature);
            (i < 400 ? first : second).add(signature);
        }
        first.addAll(second);
        second.close();
        assertEquals(600, first.size());
        List<DocumentSignature> read = new ArrayList<>();
        first.forEach(read::add);
        for (int i = 0; i < added.size(); i++) {
            assertSame(added.get(i), read.get(i));
            assertSame(added.get(i), first.signature(i));
        }
        assertTrue(first.holdsFile());
        first.close();
        assertFalse(first.holdsFile());
    }

    private static void assertSame(DocumentSignature expected, DocumentSignature actual) {
        assertEquals(expected.path(), actual.path());
        assertEquals(expected.exactHash(), actual.exactHash());
        assertEquals(expected.epochDay(), actual.epochDay());
        assertEquals(expected.chromeLines(), actual.chromeLines());
        assertArrayEquals(expected.minHashes(), actual.minHashes());
    }

    static List<short[]> randomRecords(int count, long seed) {
        Random random = new Random(seed);
        List<short[]> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            short[] record = new short[MinHashSignature.HASHES];
            for (int k = 0; k < record.length; k++) {
                record[k] = (short) random.nextInt();
            }
            records.add(record);
        }
        return records;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
