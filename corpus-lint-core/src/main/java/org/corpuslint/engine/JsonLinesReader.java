package org.corpuslint.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.corpuslint.document.Document;
import org.corpuslint.document.SourceRecord;
import org.corpuslint.io.ByteLines;
import org.corpuslint.io.Compression;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;

/**
 * Reads a JSON Lines corpus file ({@code .jsonl}, {@code .jsonl.gz}, {@code .jsonl.zst}) one
 * record at a time, handing each on as a document: the file is never held whole, however large.
 * A line that is not a JSON object with a string text field is an {@code invalid-input}
 * finding naming the line, and reading goes on; blank lines are skipped. JSON is UTF-8 (RFC
 * 8259), whatever the corpus encoding of text files.
 */
final class JsonLinesReader {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Position START = new Position(1, 1, 0);

    private final JsonLinesFields fields;
    private final DocumentLoader loader;
    private final long maxRecordBytes;

    JsonLinesReader(JsonLinesFields fields, DocumentLoader loader, long maxRecordBytes) {
        this.fields = fields;
        this.loader = loader;
        this.maxRecordBytes = maxRecordBytes;
    }

    void read(SourceFile file, Consumer<LoadedDocument> sink) {
        read(file.relativePath(), () -> Files.newInputStream(file.absolutePath()), sink);
    }

    /** Where a JSON Lines file's (compressed) bytes come from. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** Reads the file named {@code path} from the stream {@code opener} gives. */
    void read(String path, Opener opener, Consumer<LoadedDocument> sink) {
        long records = 0;
        long lastLine = 0;
        try (InputStream in = Compression.of(path).decompress(opener.open())) {
            ByteLines lines = new ByteLines(in, maxRecordBytes);
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                lastLine = line.number();
                if (!line.tooLong() && isBlank(line.bytes())) {
                    continue;
                }
                records++;
                sink.accept(record(path, line));
            }
        } catch (IOException | RuntimeException e) {
            String where = lastLine == 0 ? "" : " after line " + lastLine;
            sink.accept(DocumentLoader.unlintable(path, Severity.ERROR, "cannot read"
                    + " JSON Lines file" + where + ": " + describe(e) + "; rest of the file not"
                    + " linted"));
            return;
        }
        if (records == 0) {
            sink.accept(DocumentLoader.unlintable(path, Severity.WARNING,
                    "JSON Lines file has no records; not linted"));
        }
    }

    private LoadedDocument record(String path, ByteLines.Line line) {
        long number = line.number();
        if (line.tooLong()) {
            return problem(path, number, null, Severity.ERROR, "record is " + line.length()
                    + " bytes (limit " + maxRecordBytes + "); not an article, not linted");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.bytes())).toString();
        } catch (CharacterCodingException e) {
            return problem(path, number, null, Severity.ERROR,
                    "record is not valid UTF-8; not linted");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return problem(path, number, null, Severity.ERROR, "record is not valid JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); not linted");
        }
        if (node == null || !node.isObject()) {
            return problem(path, number, null, Severity.ERROR,
                    "record is not a JSON object; not linted");
        }
        String id = JsonLinesFormat.scalar(node.get(fields.id()));
        JsonNode text = node.get(fields.text());
        if (text == null || !text.isTextual()) {
            return problem(path, number, id, Severity.ERROR, "record has no string field '"
                    + fields.text() + "'" + (text == null ? "" : " (it is " + kind(text) + ")")
                    + "; not linted");
        }
        SourceRecord record = JsonLinesFormat.record(node, number, fields);
        return loader.checkText(new Document(path, text.textValue(), record));
    }

    private static String kind(JsonNode node) {
        return node.isNull() ? "null" : node.isNumber() ? "a number" : node.isBoolean()
                ? "a boolean" : node.isArray() ? "an array" : "an object";
    }

    private static LoadedDocument problem(String path, long line, String id, Severity severity,
            String message) {
        Finding finding = new Finding(InputProblems.INVALID_INPUT.id(), severity, path, START,
                START, message, null, new RecordLocation(line, id));
        return new LoadedDocument(null, java.util.List.of(finding));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
