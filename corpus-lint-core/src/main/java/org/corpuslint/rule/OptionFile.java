package org.corpuslint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file a rule option names (a phrase list, a word list), read only as what it claims to be:
 * a regular file of UTF-8 text lines, at most {@link #MAX_BYTES} long. A configuration can come
 * with the corpus, so it may name any file ({@code /etc/shadow}): every problem is told by the
 * file's name and a line number, never by quoting what the file holds.
 */
public final class OptionFile {

    /** Far above any word or phrase list, far below what could exhaust memory. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private OptionFile() {}

    /** Why a file named by an option cannot be used; the message never quotes the file. */
    public static final class UnusableFile extends Exception {
        public UnusableFile(String reason) {
            super(reason);
        }
    }

    /**
     * The lines of {@code file}, without their line ends.
     *
     * @throws UnusableFile when it is missing, not a regular file, too large, not UTF-8, or holds
     *     control characters other than tabs and line ends (a binary file)
     */
    public static List<String> readLines(Path file) throws UnusableFile {
        return text(file).lines().toList();
    }

    /** The whole text of {@code file}, checked as {@link #readLines} does. */
    public static String text(Path file) throws UnusableFile {
        if (!Files.exists(file)) {
            throw new UnusableFile("no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnusableFile("not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit instead of trusting the size the file system states.
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new UnusableFile("permission denied");
        } catch (NoSuchFileException e) {
            throw new UnusableFile("no such file");
        } catch (IOException e) {
            throw new UnusableFile("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnusableFile("larger than " + (MAX_BYTES / (1024 * 1024))
                    + " MiB; not a word or phrase list");
        }
        String text = decode(bytes);
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r') {
                throw new UnusableFile("not a text file: a control character on line " + line);
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes) throws UnusableFile {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (result.isError()) {
            out.flip();
            long line = 1 + out.chars().filter(c -> c == '\n').count();
            throw new UnusableFile("not UTF-8 text: an invalid byte on line " + line);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
