package org.corpuslint.io;

import io.airlift.compress.zstd.ZstdInputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compression a file's name announces: {@code .gz} (gzip, several members allowed),
 * {@code .zst} (Zstandard, pure Java, no native library) or none. Reading and writing go
 * through the same value, so {@code fix} writes a file back compressed as it was.
 */
public enum Compression {
    NONE(""),
    GZIP(".gz"),
    ZSTD(".zst");

    private static final int BUFFER = 1 << 16;

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    /** The compression of a file named {@code fileName}. */
    public static Compression of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(GZIP.suffix)) {
            return GZIP;
        }
        if (lower.endsWith(ZSTD.suffix)) {
            return ZSTD;
        }
        return NONE;
    }

    /** The file name's suffix, {@code ""} for none. */
    public String suffix() {
        return suffix;
    }

    /** Decompresses {@code raw}, buffered; closing the result closes {@code raw}. */
    public InputStream decompress(InputStream raw) throws IOException {
        InputStream buffered = new BufferedInputStream(raw, BUFFER);
        return switch (this) {
            case NONE -> buffered;
            case GZIP -> new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
            case ZSTD -> new BufferedInputStream(new ZstdInputStream(buffered), BUFFER);
        };
    }

    /** Compresses into {@code raw}; closing the result finishes the stream and closes it. */
    public OutputStream compress(OutputStream raw) throws IOException {
        return switch (this) {
            case NONE -> new BufferedOutputStream(raw, BUFFER);
            case GZIP -> new BufferedOutputStream(new GZIPOutputStream(raw, BUFFER), BUFFER);
            case ZSTD -> new BufferedOutputStream(new ZstdOutputStream(raw), BUFFER);
        };
    }
}
