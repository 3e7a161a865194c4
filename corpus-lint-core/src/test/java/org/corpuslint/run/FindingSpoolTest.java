package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.corpuslint.baseline.Fingerprint;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.junit.jupiter.api.Test;

/** The external merge sort behind a streamed check: order, round trip, bounded buffer. */
class FindingSpoolTest {

    private static Finding finding(int i) {
        Position start = new Position(1 + i % 7, 1 + i % 5, i % 50);
        Position end = new Position(1 + i % 7, 2 + i % 5, i % 50 + 1);
        Fix fix = i % 3 == 0 ? null : new Fix("replace " + i,
                List.of(new TextEdit(start, end, i % 2 == 0 ? "" : "x" + i)),
                FixConfidence.values()[i % FixConfidence.values().length]);
        RecordLocation record = i % 4 == 0 ? new RecordLocation(1 + i % 9, i % 8 == 0 ? null
                : "id-" + i) : null;
        return new Finding(i % 2 == 0 ? "typo" : "boilerplate",
                Severity.values()[i % Severity.values().length],
                "outlet-" + (i % 13) + "/doc-" + (i % 37) + (record != null ? ".jsonl" : ".txt"),
                start, end, "message " + i, fix, record);
    }

    @Test
    void findingsComeBackInReportOrderWhicheverOrderTheyArrivedIn() {
        List<Finding> all = new ArrayList<>(IntStream.range(0, 5_000)
                .mapToObj(FindingSpoolTest::finding).toList());
        Collections.shuffle(all, new Random(16));
        try (FindingSpool spool = new FindingSpool(97)) {
            all.parallelStream().forEach(f -> spool.add(List.of(f), null));
            spool.finish();
            assertTrue(spool.spills() > FindingSpool.MERGE_FAN_IN, "spilled and merged");
            List<Finding> expected = new ArrayList<>(all);
            expected.sort(Finding.REPORT_ORDER);
            assertEquals(expected, read(spool));
            assertEquals(expected, read(spool), "a second pass reads the same");
            assertEquals(5_000, spool.counts().total());
        }
    }

    @Test
    void mergesInLevelsSoEachFindingIsWrittenAboutOncePerLevel() {
        int n = 20_000;
        List<Finding> all = new ArrayList<>(IntStream.range(0, n)
                .mapToObj(FindingSpoolTest::finding).toList());
        Collections.shuffle(all, new Random(17));
        try (FindingSpool spool = new FindingSpool(5)) {
            all.forEach(f -> spool.add(List.of(f), null));
            spool.finish();
            // 4,000 spills: level 0 and three levels of merges (16, 256 and 4,096 spills).
            assertEquals(4_000, spool.spills());
            assertTrue(spool.written() <= 4L * n, "written " + spool.written());
            assertTrue(spool.runCount() <= 4 * (FindingSpool.MERGE_FAN_IN - 1),
                    "runs " + spool.runCount());
            List<Finding> expected = new ArrayList<>(all);
            expected.sort(Finding.REPORT_ORDER);
            assertEquals(expected, read(spool));
        }
    }

    @Test
    void tiesKeepTheOrderTheyArrivedInAcrossMerges() {
        Position at = new Position(1, 1, 0);
        // Equal in report order, told apart by their fixes, which the order does not compare.
        List<Finding> same = IntStream.range(0, 400).mapToObj(i -> new Finding("typo",
                Severity.WARNING, "a.txt", at, at, "same place",
                Fix.of("fix " + i, new TextEdit(at, at, "x"), FixConfidence.SAFE))).toList();
        try (FindingSpool spool = new FindingSpool(3)) {
            same.forEach(f -> spool.add(List.of(f), null));
            spool.finish();
            List<Finding> read = read(spool);
            for (int i = 0; i < same.size(); i++) {
                assertEquals(same.get(i), read.get(i), "finding " + i + " kept its place");
            }
        }
    }

    @Test
    void aSpilledFindingEqualsTheOneAddedWithItsFingerprint() {
        String surrogate = "broken \uD800 half and a long " + "text ".repeat(10_000);
        Position at = new Position(1, 1, 0);
        Finding odd = new Finding("encoding", Severity.WARNING, "a b/ü.txt", at, at, surrogate,
                Fix.of("", new TextEdit(at, at, ""), FixConfidence.SAFE));
        Fingerprint print = new Fingerprint("encoding", "a b/ü.txt", "abc", "");
        try (FindingSpool spool = new FindingSpool(1)) {
            spool.add(List.of(odd), List.of(print));
            spool.add(List.of(finding(1)), List.of(print));
            spool.finish();
            try (FindingSpool.EntryCursor entries = spool.open()) {
                FindingSpool.Entry first = entries.next();
                assertEquals(odd, first.finding());
                assertEquals(print, first.fingerprint());
                assertEquals(finding(1), entries.next().finding());
                assertFalse(entries.hasNext());
            }
        }
    }

    @Test
    void aSmallRunStaysInMemoryAndClosingDeletesTheSpilledFiles() throws Exception {
        try (FindingSpool small = new FindingSpool(100)) {
            small.add(List.of(finding(2), finding(1)), null);
            small.finish();
            assertEquals(0, small.spills());
            assertEquals(List.of(finding(1), finding(2)), read(small));
        }
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spoolFolders(temp);
        FindingSpool spool = new FindingSpool(2);
        for (int i = 0; i < 10; i++) {
            spool.add(List.of(finding(i)), null);
        }
        spool.finish();
        assertTrue(spoolFolders(temp).size() > before.size());
        spool.close();
        assertEquals(before, spoolFolders(temp));
    }

    private static List<Path> spoolFolders(Path temp) throws Exception {
        try (var files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("corpus-lint-spool"))
                    .sorted().toList();
        }
    }

    private static List<Finding> read(FindingSpool spool) {
        List<Finding> read = new ArrayList<>();
        try (FindingSpool.EntryCursor entries = spool.open()) {
            entries.forEachRemaining(e -> read.add(e.finding()));
        }
        return read;
    }
}
