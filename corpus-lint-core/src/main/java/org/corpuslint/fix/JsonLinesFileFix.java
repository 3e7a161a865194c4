package org.corpuslint.fix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.corpus.FixTempFile;
import org.corpuslint.document.Document;
import org.corpuslint.document.SourceRecord;
import org.corpuslint.engine.JsonLinesFields;
import org.corpuslint.engine.JsonLinesFormat;
import org.corpuslint.io.AtomicFiles;
import org.corpuslint.io.ByteLines;
import org.corpuslint.io.Compression;
import org.corpuslint.model.Finding;

/**
 * Fixes the records of one JSON Lines file: the file is read and written again as a stream,
 * record by record, into a temporary file compressed as the original, which then replaces it in
 * one step (with its owner, group and mode). A record with fixes gets its settled text in the
 * text field, every other field kept with its value and in its order; every other line is
 * copied byte for byte. A record whose text is no longer what was linted is left alone.
 */
final class JsonLinesFileFix {

    /** Numbers keep their exact value through a rewrite: no float rounding. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final int MAX_LINE = Integer.MAX_VALUE - 16;

    private final JsonLinesFields fields;
    private final DocumentSettler settler;
    private final Map<String, String> lintedHashes;
    private final boolean dryRun;

    JsonLinesFileFix(JsonLinesFields fields, DocumentSettler settler,
            Map<String, String> lintedHashes, boolean dryRun) {
        this.fields = fields;
        this.settler = settler;
        this.lintedHashes = lintedHashes;
        this.dryRun = dryRun;
    }

    FileFix fix(CorpusBoundary boundary, Path file, String path, List<Finding> fixes) {
        Map<Long, List<Finding>> byRecord = new TreeMap<>();
        for (Finding f : fixes) {
            byRecord.computeIfAbsent(f.recordLocation().line(), k -> new ArrayList<>()).add(f);
        }
        Path target;
        try {
            target = WriteGuard.writableTarget(boundary, file);
        } catch (FileWriteRefused e) {
            return new FileFix(path, FileFix.Status.SKIPPED_UNSAFE, 0, "",
                    List.of(e.getMessage()));
        } catch (IOException e) {
            return failed(path, "cannot read the file: " + e.getMessage());
        }
        Compression compression = Compression.of(path);
        StringBuilder diff = new StringBuilder();
        List<String> notes = new ArrayList<>();
        int applied = 0;
        Path temporary = null;
        try {
            FileTime modified = Files.getLastModifiedTime(target);
            long size = Files.size(target);
            FileOwnership ownership = dryRun ? null : FileOwnership.of(target);
            temporary = dryRun ? null : FixTempFile.createFor(target);
            try (InputStream in = compression.decompress(Files.newInputStream(target));
                    OutputStream out = dryRun ? OutputStream.nullOutputStream()
                            : compression.compress(Files.newOutputStream(temporary))) {
                ByteLines lines = new ByteLines(in, MAX_LINE);
                for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                    List<Finding> recordFixes = byRecord.get(line.number());
                    byte[] bytes = line.bytes();
                    if (recordFixes != null) {
                        Rewritten rewritten = rewrite(path, line.number(), bytes, recordFixes);
                        bytes = rewritten.bytes();
                        applied += rewritten.applied();
                        notes.addAll(rewritten.notes());
                        diff.append(rewritten.diff());
                    }
                    out.write(bytes);
                    out.write('\n');
                }
            }
            if (applied == 0) {
                return new FileFix(path, notes.isEmpty() ? FileFix.Status.SKIPPED_CHANGED
                        : FileFix.Status.SKIPPED_FAILED, 0, "", notes.isEmpty()
                        ? List.of("the file changed after it was linted; it was left alone"
                                + " (run fix again)") : notes);
            }
            if (dryRun) {
                return new FileFix(path, FileFix.Status.WOULD_FIX, applied, diff.toString(),
                        notes);
            }
            ownership.applyTo(temporary);
            // The last look before the move: the file must still be the one that was read.
            if (!Files.getLastModifiedTime(target).equals(modified)
                    || Files.size(target) != size
                    || !WriteGuard.writableTarget(boundary, file).equals(target)) {
                return new FileFix(path, FileFix.Status.SKIPPED_CHANGED, 0, "", List.of(
                        "the file changed while it was fixed; it was left alone (run fix"
                                + " again)"));
            }
            AtomicFiles.moveIntoPlace(temporary, target);
            return new FileFix(path, FileFix.Status.FIXED, applied, diff.toString(), notes);
        } catch (FileWriteRefused e) {
            return new FileFix(path, FileFix.Status.SKIPPED_UNSAFE, 0, "",
                    List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return failed(path, "cannot rewrite the file: " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left for the next run, which removes stale temporary files
                }
            }
        }
    }

    private record Rewritten(byte[] bytes, int applied, List<String> notes, String diff) {}

    private Rewritten rewrite(String path, long line, byte[] original, List<Finding> fixes)
            throws IOException {
        String where = path + "#" + line;
        JsonNode node = JSON.readTree(new String(original, StandardCharsets.UTF_8));
        JsonNode text = node == null ? null : node.get(fields.text());
        if (!(node instanceof ObjectNode object) || text == null || !text.isTextual()) {
            return unchanged(original, where);
        }
        SourceRecord record = JsonLinesFormat.record(object, line, fields);
        Document linted = new Document(path, text.textValue(), record);
        if (!CorpusFile.hash(linted.text()).equals(lintedHashes.get(where))) {
            return unchanged(original, where);
        }
        DocumentSettler.Settled settled = settler.settle(path, linted.text(), record, fixes);
        object.put(fields.text(), settled.text());
        return new Rewritten(JSON.writeValueAsBytes(object), settled.applied(),
                settled.notes().stream().map(n -> "record " + line + ": " + n).toList(),
                UnifiedDiff.of(where, linted.text(), settled.text()));
    }

    private static Rewritten unchanged(byte[] original, String where) {
        return new Rewritten(original, 0, List.of(where + " changed after it was linted; it"
                + " was left alone (run fix again)"), "");
    }

    private static FileFix failed(String path, String note) {
        return new FileFix(path, FileFix.Status.SKIPPED_FAILED, 0, "", List.of(note));
    }
}
