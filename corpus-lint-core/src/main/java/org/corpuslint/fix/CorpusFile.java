package org.corpuslint.fix;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.corpus.FixTempFile;
import org.corpuslint.io.TextEncoding;
import org.corpuslint.io.AtomicFiles;

/**
 * A corpus file as {@code fix} reads and rewrites it: its bytes, and its text in its encoding
 * (the corpus encoding, or the one its byte order mark names: see {@link TextEncoding}). The new
 * text is written with the same encoding and mark; its line ends are the edits' business (the
 * rules write the document's own). Every
 * write passes the {@link WriteGuard} (inside the corpus, one hard link, writable) and keeps the
 * file's owner, group and mode ({@link FileOwnership}).
 */
final class CorpusFile {

    private final CorpusBoundary boundary;
    private final Path file;
    private final TextEncoding encoding;
    private final byte[] bytes;
    private final String text;

    private CorpusFile(CorpusBoundary boundary, Path file, TextEncoding encoding, byte[] bytes,
            String text) {
        this.boundary = boundary;
        this.file = file;
        this.encoding = encoding;
        this.bytes = bytes;
        this.text = text;
    }

    /**
     * Reads {@code file} of the corpus within {@code boundary}, to be rewritten.
     *
     * @throws FileWriteRefused when the file must not be written (checked before the fixes are
     *     worked out, so a dry run says so too)
     * @throws CharacterCodingException when it is no longer valid in its encoding
     */
    static CorpusFile read(CorpusBoundary boundary, Path file, Charset charset)
            throws IOException {
        byte[] bytes = Files.readAllBytes(WriteGuard.writableTarget(boundary, file));
        TextEncoding encoding = TextEncoding.of(bytes, charset);
        return new CorpusFile(boundary, file, encoding, bytes, encoding.decode(bytes));
    }

    /** The text as the linter saw it: without the byte order mark. */
    String text() {
        return text;
    }

    /** SHA-256 of a document text, to tell whether a file still holds what was linted. */
    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the file's content with {@code newText}: encoded as the original, written to a
     * temporary file in the same folder, given the file's owner, group and mode, then moved over
     * the file in one step, so a reader sees the old file or the new one and never half of one. A
     * symbolic link inside the corpus is kept; its target is rewritten.
     *
     * @return {@code false}, writing nothing, when the file changed since {@link #read}
     * @throws FileWriteRefused when the file must not be written ({@link WriteGuard}), or its
     *     owner or group cannot be kept
     * @throws CharacterCodingException when {@code newText} cannot be written in the encoding
     */
    boolean replaceWith(String newText) throws IOException {
        byte[] encoded = encoding.encode(newText);
        Path target = WriteGuard.writableTarget(boundary, file);
        FileOwnership ownership = FileOwnership.of(target);
        Path temporary = FixTempFile.createFor(target);
        try {
            // No fsync per file: with one, fixing 5,525 files took 52 s instead of 26-35 s
            // (FixBaselineBenchmark), and ext4, XFS and btrfs flush a file renamed over another
            // before the rename is committed.
            Files.write(temporary, encoded);
            ownership.applyTo(temporary);
            // The last look before the move: someone may have saved the file meanwhile, or
            // turned it (or a folder above it) into a link elsewhere.
            if (!Arrays.equals(Files.readAllBytes(target), bytes)
                    || !WriteGuard.writableTarget(boundary, file).equals(target)) {
                return false;
            }
            AtomicFiles.moveIntoPlace(temporary, target);
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
