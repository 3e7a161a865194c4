package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.run.BaselineExecutor;
import org.corpuslint.run.BaselineRequest;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;
import org.corpuslint.run.LintTarget;
import org.corpuslint.run.ViolationBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An incremental run gives exactly the findings of a full run, after random edits, additions,
 * deletions and copies in a corpus whose documents share names, chrome lines and near copies,
 * so that one change moves the corpus evidence of other documents.
 */
class IncrementalCheckTest {

    private static final String[] NAMES = {"Pyongyang", "Kaesong", "Marwick", "Tallberg",
        "Okonkwo", "Brennholt", "Saarinen", "Velasquo", "Dunmore", "Castellane"};
    private static final String[] GIVEN = {"Elena", "Tomas", "Grace", "Ibrahim", "Maren"};
    private static final String[] CHROME = {"Advertisement", "Share this article",
        "Read more: sign up for our newsletter", "Copyright 2024 Harbour Daily",
        "Photo: Staff Reporter", "Related stories"};
    private static final String[] NOUNS = {"council", "ferry", "budget", "harbour", "school",
        "bridge", "festival", "report", "election", "market"};
    private static final String[] VERBS = {"open", "close", "review", "delay", "approve",
        "reject", "announce", "expand"};
    private static final int CACHED_STEPS = 7;

    @TempDir
    Path temp;

    private final List<String> notices = new ArrayList<>();
    private long clock = 1_700_000_000_000L;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void cachedRunsEqualFullRunsAfterRandomChanges(long seed) throws IOException {
        Random random = new Random(seed);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path cache = temp.resolve("cache/corpus-lint.cache");
        for (int i = 0; i < 240; i++) {
            write(corpus, "outlet-" + (i % 4) + "/a" + i + ".txt", article(random));
        }
        nearCopies(corpus, random, 20);
        assertSameAsFullRun(corpus, cache, "first run");
        for (int step = 0; step < CACHED_STEPS; step++) {
            int changes = 1 + random.nextInt(step % 3 == 0 ? 1 : 6);
            for (int c = 0; c < changes; c++) {
                change(corpus, random);
            }
            assertSameAsFullRun(corpus, cache, "seed " + seed + " step " + step);
        }
    }

    @Test
    void anUnchangedCorpusIsNotCheckedAgain() throws IOException {
        Random random = new Random(7);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 30; i++) {
            write(corpus, "o" + (i % 2) + "/d" + i + ".txt", article(random));
        }
        Path cache = temp.resolve("c.cache");
        assertSameAsFullRun(corpus, cache, "first");
        assertSameAsFullRun(corpus, cache, "second");
        assertEquals("cache: 0 changed, 0 removed, 0 of 30 files re-checked",
                notices.get(notices.size() - 1));
        // A new modification time alone is no change: the content hash decides.
        Path file = corpus.resolve("o0/d0.txt");
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock += 5000));
        assertSameAsFullRun(corpus, cache, "touched");
        assertEquals("cache: 0 changed, 0 removed, 0 of 30 files re-checked",
                notices.get(notices.size() - 1));
    }

    @Test
    void aDamagedCacheMeansAFullRunAndANotice() throws IOException {
        Random random = new Random(11);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 20; i++) {
            write(corpus, "d" + i + ".txt", article(random));
        }
        Path cache = temp.resolve("c.cache");
        assertSameAsFullRun(corpus, cache, "first");
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertSameAsFullRun(corpus, cache, "cut short");
        assertEquals("cache " + cache.toAbsolutePath() + " not used (cut short): a full run",
                notices.get(notices.size() - 1));
        bytes = Files.readAllBytes(cache);
        for (int i = 200; i < bytes.length; i += 97) {
            bytes[i] ^= 0x5a;
        }
        Files.write(cache, bytes);
        assertSameAsFullRun(corpus, cache, "damaged");
        Files.writeString(cache, "not a cache at all");
        assertSameAsFullRun(corpus, cache, "garbage");
        assertTrue(notices.get(notices.size() - 1).contains("not used"), notices.toString());
        assertSameAsFullRun(corpus, cache, "rewritten");
        assertTrue(notices.get(notices.size() - 1).startsWith("cache: 0 changed"),
                notices.toString());
    }

    @Test
    void anotherVersionOrConfigurationIsNotUsed() throws IOException {
        Random random = new Random(5);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 10; i++) {
            write(corpus, "d" + i + ".txt", article(random));
        }
        Path cache = temp.resolve("c.cache");
        new IncrementalCheck(corpus, config(), cache, "1.0", notices::add)
                .run(RunObserver.NONE);
        new IncrementalCheck(corpus, config(), cache, "1.1", notices::add)
                .run(RunObserver.NONE);
        assertEquals("cache " + cache.toAbsolutePath()
                + " not used (written for another configuration or version): a full run",
                notices.get(notices.size() - 1));
        LintConfig other = config().toBuilder().ruleOption("typo", "minDominance", "4").build();
        LintResult result = new IncrementalCheck(corpus, other, cache, "1.1", notices::add)
                .run(RunObserver.NONE);
        assertTrue(notices.get(notices.size() - 1).contains("another configuration"));
        assertEquals(LintSession.open(corpus, other).lintAll().findings(), result.findings());
    }

    /** Baseline fingerprints need the text around kept findings: the cached run reads it. */
    @Test
    void aBaselineFiltersACachedRunAsAFullRun() throws IOException {
        Random random = new Random(13);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 40; i++) {
            write(corpus, "o" + (i % 3) + "/d" + i + ".txt", article(random));
        }
        LintTarget target = new LintTarget(corpus, config());
        Path baseline = temp.resolve("baseline.json");
        new BaselineExecutor().execute(new BaselineRequest(target, baseline, false));
        for (int i = 0; i < 6; i++) {
            change(corpus, random);
        }
        Path cache = temp.resolve("c.cache");
        CheckRequest request = new CheckRequest(target, temp.resolve("reports"), List.of("json"),
                Severity.ERROR, ViolationBudget.NONE, baseline, true);
        for (int run = 0; run < 3; run++) {
            CheckOutcome full = new CheckExecutor().execute(request);
            CheckOutcome cached = new CheckExecutor().execute(request.withCacheFile(cache),
                    notices::add);
            assertEquals(full.result().findings(), cached.result().findings());
            assertEquals(full.baseline().summary(), cached.baseline().summary());
            change(corpus, random);
        }
    }

    /**
     * A run with a sink keeps no findings: each document's, cached or found again, reaches the
     * sink on its own, in report order, and together they are the full run's.
     */
    @Test
    void findingsReachTheSinkDocumentByDocument() throws IOException {
        Random random = new Random(11);
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 40; i++) {
            write(corpus, "o" + (i % 3) + "/d" + i + ".txt", article(random));
        }
        Path cache = temp.resolve("c.cache");
        new IncrementalCheck(corpus, config(), cache, "test", notices::add).run(RunObserver.NONE);
        for (int i = 0; i < 3; i++) {
            change(corpus, random);
        }
        List<List<Finding>> calls = new ArrayList<>();
        RunSummary summary = new IncrementalCheck(corpus, config(), cache, "test", notices::add)
                .run(RunObserver.NONE, (document, findings) -> {
                    synchronized (calls) {
                        calls.add(List.copyOf(findings));
                    }
                });
        assertTrue(notices.get(notices.size() - 1).startsWith("cache: "), notices.toString());
        LintResult full = LintSession.open(corpus, config()).lintAll();
        List<Finding> all = new ArrayList<>();
        for (List<Finding> call : calls) {
            assertFalse(call.isEmpty());
            assertEquals(1, call.stream().map(Finding::documentKey).distinct().count(),
                    "one document's findings: " + call);
            List<Finding> sorted = new ArrayList<>(call);
            sorted.sort(Finding.REPORT_ORDER);
            assertEquals(sorted, call);
            all.addAll(call);
        }
        all.sort(Finding.REPORT_ORDER);
        assertEquals(full.findings(), all);
        assertEquals(full.findings().stream().map(Finding::documentKey).distinct().count(),
                calls.size());
        assertEquals(full.documentCount(), summary.documentCount());
        assertEquals(full.statistics().total(), summary.statistics().total());
    }

    private void assertSameAsFullRun(Path corpus, Path cache, String when) {
        LintResult cached = new IncrementalCheck(corpus, config(), cache, "test", notices::add)
                .run(RunObserver.NONE);
        LintResult full = LintSession.open(corpus, config()).lintAll();
        assertEquals(render(full.findings()), render(cached.findings()), when);
        assertEquals(full.findings(), cached.findings(), when);
        assertEquals(full.documentCount(), cached.documentCount(), when);
        assertEquals(full.duplicateClusters(), cached.duplicateClusters(), when);
        // Counts, not the rules' CPU times: those differ between any two runs.
        assertEquals(full.statistics().total(), cached.statistics().total(), when);
        assertEquals(full.statistics().byOutlet(), cached.statistics().byOutlet(), when);
        assertEquals(full.statistics().byMonth(), cached.statistics().byMonth(), when);
        assertEquals(full.rules(), cached.rules(), when);
        assertFalse(full.findings().isEmpty(), "the corpus must give findings to compare");
    }

    private static String render(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append(f).append('\n'));
        return text.toString();
    }

    private static LintConfig config() {
        return LintConfig.builder().threads(2)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build();
    }

    private void change(Path corpus, Random random) throws IOException {
        List<Path> files = files(corpus);
        Path file = files.get(random.nextInt(files.size()));
        String rel = corpus.relativize(file).toString().replace('\\', '/');
        switch (random.nextInt(7)) {
            case 0 -> Files.delete(file);
            case 1 -> write(corpus, "outlet-" + random.nextInt(5) + "/n" + random.nextInt(100000)
                    + ".txt", article(random));
            case 2 -> { // a near copy of an existing article in another outlet
                String text = Files.readString(file);
                write(corpus, "outlet-" + random.nextInt(5) + "/copy" + random.nextInt(100000)
                        + ".txt", text + pick(random, CHROME) + "\n");
            }
            case 3 -> write(corpus, rel, misspell(Files.readString(file), random));
            case 4 -> write(corpus, rel, Files.readString(file).replaceFirst("\n[^\n]*\n",
                    "\n" + pick(random, CHROME) + "\n"));
            case 5 -> write(corpus, rel, article(random));
            default -> write(corpus, rel, Files.readString(file) + sentence(random) + "\n");
        }
    }

    /** One letter pair of a name swapped somewhere in the text: a typo the corpus can show. */
    private static String misspell(String text, Random random) {
        String name = pick(random, NAMES);
        int at = text.indexOf(name);
        if (at < 0) {
            return text + name.substring(0, 3) + name.charAt(4) + name.charAt(3)
                    + name.substring(5) + " was mentioned.\n";
        }
        int k = at + 2 + random.nextInt(name.length() - 3);
        return text.substring(0, k) + text.charAt(k + 1) + text.charAt(k) + text.substring(k + 2);
    }

    private void nearCopies(Path corpus, Random random, int count) throws IOException {
        List<Path> files = files(corpus);
        for (int i = 0; i < count; i++) {
            Path file = files.get(random.nextInt(files.size()));
            String text = Files.readString(file);
            if (random.nextBoolean()) {
                text = text.replaceFirst(" date 2024-0\\d", " date 2024-09");
            }
            write(corpus, "copies/c" + i + ".txt", text);
        }
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private void write(Path corpus, String relative, String text) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock += 1000));
    }

    private static String article(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(5) > 0) {
            text.append(" date 2024-0").append(1 + random.nextInt(9)).append("-1")
                    .append(random.nextInt(10)).append('\n');
        }
        text.append(pick(random, NAMES)).append(' ').append(pick(random, NOUNS))
                .append(" to ").append(pick(random, VERBS)).append('\n');
        int paragraphs = 3 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (random.nextInt(4) == 0) {
                text.append(pick(random, CHROME)).append('\n');
            }
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(random)).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        String person = pick(random, GIVEN) + " " + pick(random, NAMES);
        return switch (random.nextInt(4)) {
            case 0 -> person + " said the " + pick(random, NOUNS) + " in " + pick(random, NAMES)
                    + " would " + pick(random, VERBS) + " next week, after months of debate"
                    + " among residents and the regional authorities.";
            case 1 -> "Officials in " + pick(random, NAMES) + " plan to " + pick(random, VERBS)
                    + " the " + pick(random, NOUNS) + " before the winter.";
            case 2 -> "The " + pick(random, NOUNS) + " was expected to " + pick(random, VERBS)
                    + ", " + person + " told reporters on Tuesday.";
            default -> "Residents of " + pick(random, NAMES) + " asked " + person
                    + " whether the " + pick(random, NOUNS) + " would " + pick(random, VERBS)
                    + " soon.";
        };
    }

    private static String pick(Random random, String[] items) {
        return items[random.nextInt(items.length)];
    }
}
