package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.testing.GeneratedCorpus;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks for a run split over partitions (a cluster): files selected by path, profiles
 * counted per part, serialized, merged, and rules prepared once against the merged profile give
 * exactly the findings of a folder run.
 */
class PartitionedRunTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(1)
            .excludes(List.of("drafts/**"))
            .ruleOption("missing-date", "referenceDate", "2024-07-01").build();

    @Test
    void partsCountedApartAndMergedAfterSerializationLintAsTheFolderRun(@TempDir Path folder)
            throws IOException, ClassNotFoundException {
        TempCorpus corpus = new TempCorpus(folder);
        GeneratedCorpus.documents(40).forEach(corpus::file);
        corpus.file("drafts/unfinished.txt", "Draft\nnot linted\n");
        corpus.bytes("harbour-news/empty.txt", new byte[0]);
        corpus.bytes("valley-post/binary.txt", new byte[] {'a', 0, 'b'});
        LintResult folderRun = new CorpusLinter(CONFIG).lintDirectory(folder);

        CorpusFileFilter filter = CorpusFileFilter.of(CONFIG);
        List<String> paths = new ArrayList<>();
        for (String path : TempCorpus.snapshot(folder).keySet()) {
            if (Files.isRegularFile(folder.resolve(path)) && filter.selects(path)) {
                paths.add(path);
            }
        }
        assertEquals(42, paths.size());

        CorpusProfile merged = LintSession.emptyProfile(CONFIG);
        for (int part = 0; part < 3; part++) {
            CorpusProfile counted = LintSession.emptyProfile(CONFIG);
            for (int i = part; i < paths.size(); i += 3) {
                LintSession.readDocument(CONFIG, paths.get(i), read(folder, paths.get(i)))
                        .ifPresent(counted::add);
            }
            merged.merge(roundTrip(counted));
        }
        LintSession session = LintSession.prepared(CONFIG, roundTrip(merged));
        List<Finding> findings = new ArrayList<>();
        for (String path : paths) {
            findings.addAll(session.lintBytes(path, read(folder, path)).findings());
        }
        findings.sort(Finding.REPORT_ORDER);

        assertEquals(40, merged.documentCount());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("invalid-input")));
        assertEquals(folderRun.findings(), findings);
    }

    @Test
    void jsonLinesFilesCountedAndLintedFromTheirBytesLintAsTheFolderRun(@TempDir Path folder)
            throws IOException {
        TempCorpus corpus = new TempCorpus(folder);
        List<String> lines = new ArrayList<>();
        GeneratedCorpus.documents(30).forEach((path, text) -> lines.add(
                JsonLinesReader.JSON.createObjectNode().put("id", path).put("text", text)
                        .toString()));
        corpus.file("plain.jsonl", String.join("\n", lines.subList(0, 15))
                + "\n{\"id\": \"cut\", \"text\": \n\n{\"id\": \"nothing\"}\n");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(String.join("\n", lines.subList(15, 30)).getBytes(StandardCharsets.UTF_8));
        }
        corpus.bytes("packed/more.jsonl.gz", gz.toByteArray());
        LintResult folderRun = new CorpusLinter(CONFIG).lintDirectory(folder);

        List<String> paths = List.of("packed/more.jsonl.gz", "plain.jsonl");
        CorpusProfile counted = LintSession.emptyProfile(CONFIG);
        for (String path : paths) {
            byte[] bytes = read(folder, path);
            LintSession.readDocuments(CONFIG, path, bytes.length, () -> bytes, counted::add);
        }
        LintSession session = LintSession.prepared(CONFIG, counted);
        List<Finding> findings = new ArrayList<>();
        int documents = 0;
        for (String path : paths) {
            byte[] bytes = read(folder, path);
            // streamed, never read whole: JSON Lines files may exceed maxFileSize
            LintResult result = session.lintFile(path, bytes.length, new FileContent() {
                @Override
                public byte[] read() {
                    throw new AssertionError("a JSON Lines file is streamed");
                }

                @Override
                public java.io.InputStream open() {
                    return new ByteArrayInputStream(bytes);
                }
            });
            findings.addAll(result.findings());
            documents += result.documentCount();
        }
        findings.sort(Finding.REPORT_ORDER);

        assertEquals(30, counted.documentCount());
        assertEquals(folderRun.documentCount(), documents);
        assertEquals(List.of("plain.jsonl#16", "plain.jsonl#18"), findings.stream()
                .filter(f -> f.ruleId().equals("invalid-input")).map(Finding::documentKey).toList());
        assertEquals(folderRun.findings(), findings);
    }

    @Test
    void filterSelectsAsTheFolderScan() {
        CorpusFileFilter filter = CorpusFileFilter.of(LintConfig.builder()
                .excludes(List.of("**/archive/**", "notes.txt")).build());
        assertTrue(filter.selects("a.txt"));
        assertTrue(filter.selects("outlet/b.txt"));
        assertFalse(filter.selects("outlet/archive/old/c.txt"));
        assertFalse(filter.selects("notes.txt"));
        assertFalse(filter.selects("outlet/d.md"));
    }

    @Test
    void bytesOverTheSizeLimitAreReportedNotRead() {
        LintConfig small = LintConfig.builder().maxFileSize(10).build();
        LintSession session = LintSession.prepared(small, LintSession.emptyProfile(small));
        LintResult result = session.lintBytes("big.txt",
                "Twelve bytes".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("file is 12 bytes (limit 10); not an article, file not linted"),
                result.findings().stream().map(Finding::message).toList());
        assertTrue(LintSession.readDocument(small, "big.txt", new byte[11]).isEmpty());
    }

    @Test
    void sizedFilesAreReadOnlyWithinTheLimitAndReadErrorsAreFindings() {
        LintSession session = LintSession.prepared(CONFIG, LintSession.emptyProfile(CONFIG));
        LintResult huge = session.lintFile("huge.txt", 50_000_000L, () -> {
            throw new AssertionError("a file over the limit must not be read");
        });
        assertEquals(List.of("file is 50000000 bytes (limit 10485760); not an article, file not"
                + " linted"), huge.findings().stream().map(Finding::message).toList());
        LintResult gone = session.lintFile("gone.txt", 10, () -> {
            throw new java.nio.file.NoSuchFileException("gone.txt");
        });
        assertEquals(List.of("cannot read file: the file no longer exists"),
                gone.findings().stream().map(Finding::message).toList());
    }

    private static byte[] read(Path folder, String path) throws IOException {
        return Files.readAllBytes(folder.resolve(path));
    }

    /** Two articles that share no sentence: clustering them finds no copy. */
    private static final String TRAM = " date 2024-06-03\nTram line approved\n\nThe city"
            + " council voted on Tuesday evening to build a tram line from the station to the"
            + " airport, ending a debate that had lasted nine years and two elections.\n";
    private static final String ORCHARD = " date 2024-06-13\nOrchard saved\n\nNeighbours"
            + " raised enough money in a fortnight to buy the old orchard behind the school,"
            + " which a developer had planned to cover with forty houses and a car park.\n";

    @Test
    void clustersSuppliedToTheProfileTravelWithItAndAreWhatTheRulesRead()
            throws IOException, ClassNotFoundException {
        LintConfig config = LintConfig.builder().threads(1).build();
        CorpusProfile profile = LintSession.emptyProfile(config);
        profile.add(new org.corpuslint.document.Document("a.txt", TRAM));
        profile.add(new org.corpuslint.document.Document("b.txt", ORCHARD));
        assertEquals(List.of(), profile.duplicateClusters(0.75).clusters());

        // As a distributed run would: the clusters it found itself, handed to the profile once.
        profile.supplyDuplicateClusters(0.75, DuplicateClusters.of(List.of(new DuplicateCluster(
                "a.txt", List.of(new DuplicateCluster.Copy("b.txt", 0.9, false))))));
        LintSession session = LintSession.prepared(config, roundTrip(profile));
        List<String> messages = session.lintText("b.txt", ORCHARD).findings().stream()
                .filter(f -> f.ruleId().equals("duplicate-document")
                        || f.ruleId().equals("date-consistency"))
                .map(f -> f.ruleId() + ": " + f.message()).toList();
        assertEquals(List.of("date-consistency: header date 2024-06-13 is 10 days after that of"
                + " a.txt, 2024-06-03, the canonical copy of this near-duplicate (estimated"
                + " similarity 0.90)", "duplicate-document: near-duplicate of a.txt (estimated"
                + " similarity 0.90; 2 documents in the cluster)"), messages);
    }

    private static CorpusProfile roundTrip(CorpusProfile profile)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(profile);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return (CorpusProfile) in.readObject();
        }
    }

}
