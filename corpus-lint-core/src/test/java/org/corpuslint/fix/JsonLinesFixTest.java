package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.testkit.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fix on JSON Lines: record by record, other fields and other lines untouched, atomic. */
class JsonLinesFixTest {

    private static final FixOptions EVERY_FIX =
            FixOptions.ALL_RULES.withMinimumConfidence(FixConfidence.UNSURE);

    /** Line 2 repeats a line; line 1 and 3 need nothing; line 4 is not JSON. */
    private static final String BEFORE = String.join("\n",
            "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"Quiet piece.\"}",
            "{\"url\":\"http://example.org/b\",\"id\":\"b\",\"score\":0.1000,\"tags\":[\"x\"],"
                    + "\"date\":\"2024-01-03\",\"text\":\"Boats wait.\\nBoats wait.\\nThe tide"
                    + " turns at noon. Café «Port» opens.\"}",
            "{\"id\":\"c\",  \"date\":\"2024-01-04\", \"text\":\"Spacing kept here.\"}",
            "not json at all") + "\n";

    private static final String AFTER = String.join("\n",
            "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"Quiet piece.\"}",
            "{\"url\":\"http://example.org/b\",\"id\":\"b\",\"score\":0.1000,\"tags\":[\"x\"],"
                    + "\"date\":\"2024-01-03\",\"text\":\"Boats wait.\\nThe tide"
                    + " turns at noon. Café «Port» opens.\"}",
            "{\"id\":\"c\",  \"date\":\"2024-01-04\", \"text\":\"Spacing kept here.\"}",
            "not json at all") + "\n";

    @TempDir
    Path folder;

    private static LintConfig config() {
        return LintConfig.builder().threads(2)
                .ruleOption("missing-date", "referenceDate", "2026-01-01")
                .disableRule("typo").build();
    }

    @Test
    void fixRewritesOnlyTheRecordWithAFixKeepingEveryOtherField() throws IOException {
        TempCorpus corpus = new TempCorpus(folder).file("feed.jsonl", BEFORE);
        FixOutcome outcome = new CorpusFixer(config(), EVERY_FIX).fix(corpus.root());
        assertEquals(AFTER, Files.readString(corpus.path("feed.jsonl")));
        assertEquals(1, outcome.fixesApplied());
        assertTrue(outcome.diff().contains("--- a/feed.jsonl#2"), outcome.diff());
        assertTrue(outcome.diff().contains("-Boats wait."), outcome.diff());
        assertTrue(new CorpusFixer(config(), EVERY_FIX).fix(corpus.root()).files().isEmpty(),
                "a second fix has nothing left to do");
    }

    @Test
    void compressedFilesAreWrittenBackCompressedAlike() throws IOException {
        TempCorpus corpus = new TempCorpus(folder).bytes("feed.jsonl.gz", gzip(BEFORE))
                .bytes("feed.jsonl.zst", zstd(BEFORE));
        new CorpusFixer(config(), EVERY_FIX).fix(corpus.root());
        try (InputStream in = new GZIPInputStream(
                Files.newInputStream(corpus.path("feed.jsonl.gz")))) {
            assertEquals(AFTER, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = new ZstdInputStream(
                Files.newInputStream(corpus.path("feed.jsonl.zst")))) {
            assertEquals(AFTER, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        TempCorpus corpus = new TempCorpus(folder).file("feed.jsonl", BEFORE);
        FixOutcome outcome = new CorpusFixer(config(), EVERY_FIX.withDryRun(true))
                .fix(corpus.root());
        assertEquals(BEFORE, Files.readString(corpus.path("feed.jsonl")));
        assertTrue(outcome.diff().contains("-Boats wait."), outcome.diff());
    }

    private static byte[] zstd(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new io.airlift.compress.zstd.ZstdOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
