package org.corpuslint.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.document.LineMap;
import org.corpuslint.io.TextEncoding;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;

/**
 * Reads a corpus file into a {@link Document}, turning every way a file can be bad into an
 * {@code invalid-input} finding that names the file instead of an exception.
 */
final class DocumentLoader {

    private static final Position START = new Position(1, 1, 0);

    private final Charset charset;
    private final int maxLineLength;
    private final long maxFileSize;
    private final int maxTokenLength;
    private final JsonLinesFields jsonLinesFields;

    DocumentLoader(Charset charset, int maxLineLength) {
        this(charset, maxLineLength, LintConfig.DEFAULT_MAX_FILE_SIZE,
                LintConfig.DEFAULT_MAX_TOKEN_LENGTH);
    }

    DocumentLoader(Charset charset, int maxLineLength, long maxFileSize, int maxTokenLength) {
        this(charset, maxLineLength, maxFileSize, maxTokenLength, JsonLinesFields.DEFAULTS);
    }

    DocumentLoader(Charset charset, int maxLineLength, long maxFileSize, int maxTokenLength,
            JsonLinesFields jsonLinesFields) {
        this.charset = charset;
        this.maxLineLength = maxLineLength;
        this.maxFileSize = maxFileSize;
        this.maxTokenLength = maxTokenLength;
        this.jsonLinesFields = jsonLinesFields;
    }

    static DocumentLoader of(LintConfig config) {
        return new DocumentLoader(config.charset(), config.maxLineLength(), config.maxFileSize(),
                config.maxTokenLength(), config.jsonLinesFields());
    }

    /**
     * Hands on the documents of one file: the file itself, or each record of a JSON Lines file
     * (where {@code maxFileSize} bounds one record, not the file: such files are read as a
     * stream and may be as large as the corpus).
     */
    void read(SourceFile file, java.util.function.Consumer<LoadedDocument> sink) {
        if (JsonLinesFormat.isJsonLines(file.relativePath())) {
            new JsonLinesReader(jsonLinesFields, this, maxFileSize).read(file, sink);
        } else {
            sink.accept(load(file));
        }
    }

    /**
     * {@link #read(SourceFile, java.util.function.Consumer)} of a file the caller holds (a
     * partitioned run reads it from its own file system): each record of a JSON Lines file, read
     * as a stream from {@link FileContent#open()}, or the one document of any other file, read
     * as {@link #load(String, long, FileContent)} reads it.
     */
    void read(String path, long size, FileContent content,
            java.util.function.Consumer<LoadedDocument> sink) {
        if (JsonLinesFormat.isJsonLines(path)) {
            new JsonLinesReader(jsonLinesFields, this, maxFileSize).read(path, content::open,
                    sink);
        } else {
            sink.accept(load(path, size, content));
        }
    }

    /**
     * The checks of decoded text, for a record's text: no NUL character, not blank, no line
     * over {@code maxLineLength}, runs without a space reported.
     */
    LoadedDocument checkText(Document document) {
        int nul = document.text().indexOf('\u0000');
        if (nul >= 0) {
            Position at = document.position(nul);
            return unlintable(document, Severity.ERROR, "text has a NUL character at line "
                    + at.line() + ", column " + at.column() + "; not linted");
        }
        if (document.text().isBlank()) {
            return unlintable(document, Severity.WARNING, "text is empty or only white space;"
                    + " not linted");
        }
        return withTokenLengthCheck(withLineLengthCheck(document));
    }

    private static LoadedDocument unlintable(Document document, Severity severity,
            String message) {
        return new LoadedDocument(null, List.of(new Finding(InputProblems.INVALID_INPUT.id(),
                severity, document.path(), START, START, message, null,
                document.recordLocation())));
    }

    LoadedDocument load(SourceFile file) {
        LoadedDocument tooLarge = sizeCheck(file);
        if (tooLarge != null) {
            return tooLarge;
        }
        return withTokenLengthCheck(read(file));
    }

    /**
     * A file past {@code maxFileSize} is reported from its size alone, before a byte of it is
     * read, so that one huge file cannot exhaust the memory of the run. The size is the one the
     * corpus scan saw when it has one (the file system is not asked again for every file in
     * each pass); a file that grew past the limit since is still cut off by the read.
     */
    private LoadedDocument sizeCheck(SourceFile file) {
        long size = file.size();
        if (size < 0) {
            try {
                size = Files.size(file.absolutePath());
            } catch (IOException e) {
                return null; // reading it reports the problem
            }
        }
        if (size <= maxFileSize) {
            return null;
        }
        return tooLarge(file.relativePath(), size);
    }

    private LoadedDocument tooLarge(String path, long size) {
        return unlintable(path, Severity.ERROR, "file is " + size + " bytes (limit " + maxFileSize
                + "); not an article, file not linted");
    }

    private LoadedDocument overLimit(String path) {
        return unlintable(path, Severity.ERROR, "file is over the limit of " + maxFileSize
                + " bytes; not an article, file not linted");
    }

    /**
     * Reads a file the caller holds (a partitioned run reads it from its own file system)
     * exactly as {@link #load(SourceFile)} reads one from disk: a file over the limit is
     * reported from {@code size} alone, and its content is never read.
     */
    LoadedDocument load(String path, long size, FileContent content) {
        if (size > maxFileSize) {
            return tooLarge(path, size);
        }
        byte[] bytes;
        try {
            bytes = content.read();
        } catch (IOException | OutOfMemoryError e) {
            return unlintable(path, Severity.ERROR, "cannot read file: " + describe(e));
        }
        if (bytes.length > maxFileSize) {
            return overLimit(path);
        }
        return withTokenLengthCheck(load(path, bytes));
    }

    /**
     * Reports the first run of non-space characters longer than {@code maxTokenLength} (and how
     * many more there are) but keeps the document: its other findings stay. Rules bound their
     * own cost per word, so such a run is no risk to the run; see {@link LongTokens}.
     */
    private LoadedDocument withTokenLengthCheck(LoadedDocument loaded) {
        if (!loaded.lintable()) {
            return loaded;
        }
        Document document = loaded.document();
        LongTokens longTokens = LongTokens.find(document.text(), maxTokenLength);
        if (longTokens.count() == 0) {
            return loaded;
        }
        Position start = document.lineMap().position(longTokens.firstStart());
        String more = longTokens.count() == 1 ? ""
                : " (and " + (longTokens.count() - 1) + " more)";
        Finding finding = new Finding(InputProblems.INVALID_INPUT.id(), Severity.ERROR,
                document.path(), start, start,
                "run of " + longTokens.firstLength() + " characters without a space (limit "
                        + maxTokenLength + ")" + more + "; not article text, rest of the "
                        + (document.record().isPresent() ? "record" : "file") + " linted",
                null, document.recordLocation());
        List<Finding> problems = new ArrayList<>(loaded.problems());
        problems.add(finding);
        return new LoadedDocument(document, problems);
    }

    /**
     * Reads at most one byte more than {@code maxFileSize}: a file that grew after its size was
     * checked is still not read whole.
     */
    private LoadedDocument read(SourceFile file) {
        byte[] bytes;
        int cap = (int) Math.min(maxFileSize + 1, Integer.MAX_VALUE - 8);
        try (java.io.InputStream in = Files.newInputStream(file.absolutePath())) {
            bytes = readAtMost(in, file.size(), cap);
        } catch (IOException | OutOfMemoryError e) {
            return unlintable(file, Severity.ERROR, "cannot read file: " + describe(e));
        }
        if (bytes.length > maxFileSize) {
            return overLimit(file.relativePath());
        }
        return load(file.relativePath(), bytes);
    }

    /**
     * At most {@code cap} bytes of {@code in}. With the size the scan saw, they are read into
     * an array of that size and one more read confirms the end, rather than in buffers of 8 KB
     * copied together at the end; a file that changed size since is read on as a stream.
     */
    static byte[] readAtMost(java.io.InputStream in, long expectedSize, int cap)
            throws IOException {
        if (expectedSize <= 0 || expectedSize >= cap) {
            return in.readNBytes(cap);
        }
        byte[] bytes = new byte[(int) expectedSize];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            return java.util.Arrays.copyOf(bytes, read);
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = in.readNBytes(cap - bytes.length - 1);
        byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) next;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    LoadedDocument load(String path, byte[] bytes) {
        if (bytes.length == 0) {
            return unlintable(path, Severity.WARNING, "empty file; not linted");
        }
        // A byte order mark decides the encoding (see TextEncoding); the binary test depends on
        // it: in UTF-16 and UTF-32 every ASCII letter has a NUL byte, so there only a NUL
        // character of the decoded text marks a binary file.
        TextEncoding encoding = TextEncoding.of(bytes, charset);
        if (!encoding.wide()) {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                return unlintable(path, Severity.ERROR,
                        "binary file (NUL byte at byte offset " + nul + "); not linted");
            }
        }
        String text;
        try {
            text = encoding.decode(bytes);
        } catch (CharacterCodingException e) {
            return invalidEncoding(path, bytes, encoding);
        }
        int nulCharacter = text.indexOf('\u0000');
        if (nulCharacter >= 0) {
            Position at = LineMap.of(text).position(nulCharacter);
            return unlintable(path, Severity.ERROR, "binary file (NUL character at line "
                    + at.line() + ", column " + at.column() + "); not linted");
        }
        Document document = new Document(path, text);
        if (document.text().isBlank()) {
            return unlintable(path, Severity.WARNING, "file has only white space; not linted");
        }
        return withLineLengthCheck(document);
    }

    private LoadedDocument withLineLengthCheck(Document document) {
        LineMap lines = document.lineMap();
        for (int line = 1; line <= lines.lineCount(); line++) {
            int length = lines.lineContentEnd(line) - lines.lineStart(line);
            if (length > maxLineLength) {
                Position start = lines.position(lines.lineStart(line));
                Finding finding = new Finding(InputProblems.INVALID_INPUT.id(), Severity.ERROR,
                        document.path(), start, start,
                        "line " + line + " is " + length + " characters long (limit "
                                + maxLineLength + "); not article text, "
                                + (document.record().isPresent() ? "record" : "file")
                                + " not linted",
                        null, document.recordLocation());
                return new LoadedDocument(null, List.of(finding));
            }
        }
        return new LoadedDocument(document, List.of());
    }

    /** Locates the first undecodable byte so the message can point at it. */
    private LoadedDocument invalidEncoding(String path, byte[] bytes, TextEncoding encoding) {
        CharsetDecoder decoder = encoding.decoder();
        int mark = encoding.byteOrderMark().length;
        ByteBuffer in = ByteBuffer.wrap(bytes, mark, bytes.length - mark);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        int badByte = in.position();
        out.flip();
        Position position = result.isError() ? positionAfter(out) : START;
        Finding finding = new Finding(InputProblems.INVALID_INPUT.id(), Severity.ERROR, path,
                position, position,
                "invalid " + encoding.charset().name() + " at byte offset " + badByte + " (line "
                        + position.line() + ", column " + position.column() + "); not linted",
                null);
        return new LoadedDocument(null, List.of(finding));
    }

    private static Position positionAfter(CharSequence decodedPrefix) {
        // Columns must agree with the document's, which drops a leading byte order mark.
        CharSequence text = decodedPrefix.length() > 0 && decodedPrefix.charAt(0) == '\uFEFF'
                ? decodedPrefix.subSequence(1, decodedPrefix.length()) : decodedPrefix;
        return LineMap.of(text).position(text.length());
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file no longer exists";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof OutOfMemoryError) {
            return "file too large to load";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static LoadedDocument unlintable(SourceFile file, Severity severity, String message) {
        return unlintable(file.relativePath(), severity, message);
    }

    static LoadedDocument unlintable(String path, Severity severity, String message) {
        List<Finding> problems = new ArrayList<>();
        problems.add(new Finding(InputProblems.INVALID_INPUT.id(), severity, path, START, START,
                message, null));
        return new LoadedDocument(null, problems);
    }
}
