package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A file is read whole whatever the size the scan saw, and never past the cap. */
class DocumentReadTest {

    private static final byte[] TEXT = "Harbour news from the coast\n".getBytes();

    private static byte[] read(byte[] file, long sizeSeen, int cap) throws IOException {
        return DocumentLoader.readAtMost(new ByteArrayInputStream(file), sizeSeen, cap);
    }

    @Test
    void theSizeTheScanSawReadsTheFileWhole() throws IOException {
        assertArrayEquals(TEXT, read(TEXT, TEXT.length, 1000));
    }

    @Test
    void aFileThatShrankOrGrewSinceTheScanIsReadAsItIsNow() throws IOException {
        assertArrayEquals(TEXT, read(TEXT, TEXT.length + 10, 1000));
        assertArrayEquals(TEXT, read(TEXT, 5, 1000));
        assertArrayEquals(TEXT, read(TEXT, 1, 1000));
    }

    @Test
    void anUnknownOrEmptySizeIsReadAsAStream() throws IOException {
        assertArrayEquals(TEXT, read(TEXT, -1, 1000));
        assertArrayEquals(TEXT, read(TEXT, 0, 1000));
    }

    /** The cap is the file limit plus one byte: a file that grew past it is not read whole. */
    @Test
    void aFileThatGrewPastTheCapIsCutAtTheCap() throws IOException {
        assertArrayEquals(Arrays.copyOf(TEXT, 12), read(TEXT, 5, 12));
        assertArrayEquals(Arrays.copyOf(TEXT, 12), read(TEXT, 11, 12));
        assertArrayEquals(Arrays.copyOf(TEXT, 12), read(TEXT, -1, 12));
    }
}
