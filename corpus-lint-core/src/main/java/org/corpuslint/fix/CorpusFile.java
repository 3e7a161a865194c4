package org.corpuslint.fix;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.corpuslint.document.TextEncoding;

/**
 * A corpus file as {@code fix} reads and rewrites it: its bytes, and its text in its encoding
 * (the corpus encoding, or the one its byte order mark names: see {@link TextEncoding}). The new
 * text is written with the same encoding and mark; its line ends are the edits' business (the
 * rules write the document's own).
 */
final class CorpusFile {

    private final Path file;
    private final TextEncoding encoding;
    private final byte[] bytes;
    private final String text;

    private CorpusFile(Path file, TextEncoding encoding, byte[] bytes, String text) {
        this.file = file;
        this.encoding = encoding;
        this.bytes = bytes;
        this.text = text;
    }

    /**
     * Reads {@code file}, as the linter decodes it.
     *
     * @throws CharacterCodingException when it is no longer valid in its encoding
     */
    static CorpusFile read(Path file, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        TextEncoding encoding = TextEncoding.of(bytes, charset);
        return new CorpusFile(file, encoding, bytes, encoding.decode(bytes));
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
     * temporary file in the same folder, then moved over the file in one step, so a reader sees
     * the old file or the new one and never half of one. A symbolic link is kept; its target is
     * rewritten. The file's permissions are kept.
     *
     * @return {@code false}, writing nothing, when the file changed since {@link #read}
     * @throws CharacterCodingException when {@code newText} cannot be written in the encoding
     */
    boolean replaceWith(String newText) throws IOException {
        byte[] encoded = encoding.encode(newText);
        Path target = file.toRealPath();
        Path temporary = Files.createTempFile(target.getParent(),
                "." + target.getFileName() + ".", ".corpus-lint-tmp");
        try {
            // No fsync per file: with one, fixing 5,525 files took 52 s instead of 26-35 s
            // (FixBaselineBenchmark), and ext4, XFS and btrfs flush a file renamed over another
            // before the rename is committed.
            Files.write(temporary, encoded);
            copyPermissions(target, temporary);
            // The last look before the move: someone may have saved the file meanwhile.
            if (!Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + target
                        + " atomically", e);
            }
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from,
                PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to,
                PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
