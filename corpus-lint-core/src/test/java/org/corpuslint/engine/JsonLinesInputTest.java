package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corpuslint.testkit.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines corpora: fields, compression, malformed lines, unicode, record locations. */
class JsonLinesInputTest {

    @TempDir
    java.nio.file.Path folder;

    /** Four records: dated, undated, future, and unicode text with a doubled line. */
    static final String RECORDS = String.join("\n",
            "{\"id\":\"r1\",\"date\":\"2024-03-02\",\"source\":\"harbour-gazette\","
                    + "\"url\":\"http://example.org/1\",\"text\":\"The ferry left at dawn.\\nIt"
                    + " carried forty cars.\"}",
            "{\"id\":7,\"text\":\"No date is given here.\"}",
            "",
            "{\"id\":\"r3\",\"date\":\"2031-01-01T08:00:00Z\",\"text\":\"Written ahead of"
                    + " time.\"}",
            "{\"id\":\"r4\",\"date\":\"2024-02-30\",\"text\":\"Zoë met the crew in 東京.\\nZoë"
                    + " met the crew in 東京.\"}") + "\n";

    static final List<String> EXPECTED = List.of(
            "news/a.jsonl#2[id=7]:1:1-1:23 error [missing-date] record has no publication date"
                    + " (no 'date' field)",
            "news/a.jsonl#4[id=r3]:1:1-1:23 warning [missing-date] publication date 2031-01-01"
                    + " is in the future (after 2026-01-01)",
            "news/a.jsonl#5[id=r4]:1:1-1:24 error [missing-date] publication date '2024-02-30'"
                    + " in field 'date' is not an ISO date (YYYY-MM-DD) or not a real calendar"
                    + " date",
            "news/a.jsonl#5[id=r4]:2:1-2:24 info [duplicate-line] line repeats line 1 | fix:"
                    + " delete the repeated line => 1:24-2:24 \"\"");

    private static LintConfig config() {
        return LintConfig.builder().threads(2)
                .ruleOption("missing-date", "referenceDate", "2026-01-01")
                .disableRule("typo").disableRule("boilerplate")
                .disableRule("unattributed-caption").disableRule("orphan-credit")
                .disableRule("truncated-text").disableRule("duplicate-document").build();
    }

    @Test
    void eachRecordIsADocumentNamedByItsLineAndIdAndTheDateFieldIsItsDate() {
        TempCorpus corpus = new TempCorpus(folder).file("news/a.jsonl", RECORDS);
        assertEquals(EXPECTED, corpus.lint(config()));
    }

    @Test
    void gzipAndZstandardFilesReadAsThePlainOne() throws IOException {
        byte[] plain = RECORDS.getBytes(StandardCharsets.UTF_8);
        TempCorpus corpus = new TempCorpus(folder)
                .bytes("news/a.jsonl.gz", gzip(plain))
                .bytes("news/a.jsonl.zst", zstd(plain));
        List<String> findings = corpus.lint(config());
        List<String> expected = new java.util.ArrayList<>();
        EXPECTED.forEach(f -> expected.add(f.replace("a.jsonl#", "a.jsonl.gz#")));
        EXPECTED.forEach(f -> expected.add(f.replace("a.jsonl#", "a.jsonl.zst#")));
        assertEquals(expected, findings);
    }

    @Test
    void aCopiedRecordIsADuplicateOfTheRecordNotOfItsFile() {
        String original = "{\"id\":\"a\",\"date\":\"2024-01-05\",\"text\":\"The harbour"
                + " board met on Monday and voted to keep the ferry running all winter.\"}";
        String other = "{\"id\":\"b\",\"date\":\"2024-01-06\",\"text\":\"A different"
                + " story about the town library and its new opening hours this spring.\"}";
        TempCorpus corpus = new TempCorpus(folder)
                .file("feed.jsonl", other + "\n" + original + "\n")
                .file("later.jsonl", original.replace("2024-01-05", "2024-01-07") + "\n");
        LintConfig config = LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2026-01-01").build();
        assertEquals(List.of("later.jsonl#1[id=a]:1:1-1:80 warning [duplicate-document] exact"
                + " duplicate of feed.jsonl#2 (the same text once white space is collapsed;"
                + " 2 documents in the cluster)"), corpus.lint(config).stream()
                        .filter(f -> f.contains("[duplicate-document]")).toList());
    }

    @Test
    void malformedRecordsAreInvalidInputNamingTheLineAndTheRunGoesOn() {
        String lines = String.join("\n",
                "{\"id\":\"ok\",\"date\":\"2024-01-05\",\"text\":\"A clean record.\"}",
                "{\"id\":\"cut\",\"text\":\"The record stops",
                "[1, 2, 3]",
                "{\"id\":\"n\",\"date\":\"2024-01-05\",\"text\":42}",
                "{\"id\":\"e\",\"date\":\"2024-01-05\",\"text\":\"   \"}",
                "{\"id\":\"last\",\"text\":\"Still read after the bad ones.\"}");
        TempCorpus corpus = new TempCorpus(folder).file("b.jsonl", lines)
                .bytes("c.jsonl", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"',
                    (byte) 0xC3, '"', '}'});
        List<String> findings = corpus.lint(config());
        assertEquals(List.of(
                "b.jsonl#2:1:1-1:1 error [invalid-input] record is not valid JSON (Unexpected"
                        + " end-of-input: was expecting closing quote for a string value);"
                        + " not linted",
                "b.jsonl#3:1:1-1:1 error [invalid-input] record is not a JSON object; not linted",
                "b.jsonl#4[id=n]:1:1-1:1 error [invalid-input] record has no string field"
                        + " 'text' (it is a number); not linted",
                "b.jsonl#5[id=e]:1:1-1:1 warning [invalid-input] text is empty or only white"
                        + " space; not linted",
                "b.jsonl#6[id=last]:1:1-1:31 error [missing-date] record has no publication date"
                        + " (no 'date' field)",
                "c.jsonl#1:1:1-1:1 error [invalid-input] record is not valid UTF-8; not linted"),
                findings);
    }

    @Test
    void fieldNamesAreConfigurable() {
        TempCorpus corpus = new TempCorpus(folder).file("d.jsonl",
                "{\"doc_id\":\"x1\",\"published\":\"2024-05-05\",\"body\":\"Quiet text.\"}\n"
                        + "{\"doc_id\":\"x2\",\"body\":\"Text without a date.\"}\n");
        LintConfig config = config().toBuilder().jsonLinesFields(JsonLinesFields.DEFAULTS
                .withText("body").withId("doc_id").withDate("published").withSource("site"))
                .build();
        assertEquals(List.of("d.jsonl#2[id=x2]:1:1-1:21 error [missing-date] record has no"
                + " publication date (no 'published' field)"), corpus.lint(config));
    }

    @Test
    void fieldNamesComeFromCorpusLintYamlAndAMisspeltKeyIsAnError() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("corpus-lint.yaml", "jsonLines:\n  text: body\n  date: published\n");
        LintConfig config = org.corpuslint.config.ConfigFile.forCorpus(corpus.root()).config();
        assertEquals(new JsonLinesFields("body", "id", "published", "source"),
                config.jsonLinesFields());
        corpus.file("corpus-lint.yaml", "jsonLines:\n  txt: body\n");
        CorpusLintException error = org.junit.jupiter.api.Assertions.assertThrows(
                CorpusLintException.class,
                () -> org.corpuslint.config.ConfigFile.forCorpus(corpus.root()));
        assertEquals(corpus.root().resolve("corpus-lint.yaml") + ":2:3: unknown key"
                + " 'jsonLines.txt'; expected text, id, date, source", error.getMessage());
    }

    @Test
    void theSourceFieldIsTheRecordsOutlet() {
        org.corpuslint.document.Document document = new org.corpuslint.document.Document(
                "all/a.jsonl", "Text.", new org.corpuslint.document.SourceRecord(
                        new org.corpuslint.model.RecordLocation(3, "a"), "date", null,
                        "harbour-gazette"));
        assertEquals("harbour-gazette", document.outlet());
        assertEquals("all", new org.corpuslint.document.Document("all/a.jsonl", "Text.")
                .outlet());
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    static byte[] zstd(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new ZstdOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }
}
