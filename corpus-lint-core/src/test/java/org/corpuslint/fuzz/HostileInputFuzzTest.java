package org.corpuslint.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.fuzz.HostileConfigs.FuzzConfig;
import org.corpuslint.fuzz.HostileDocuments.Input;
import org.corpuslint.fuzz.HostileDocuments.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds generated hostile documents, file names and configurations through the engine (lint,
 * fix dry run, fix) with a fixed seed; see {@link CaseChecks} for what must hold. The default
 * run is {@value FuzzSettings#DEFAULT_DOCUMENTS} documents in corpora of 100; every failure
 * names the case and the system properties that replay it.
 *
 * <p>The categories of input that once sank a run have a test method each, so a report shows
 * at a glance which one fails again: huge tokens, backtracking user regexes, catastrophic
 * include/exclude globs, symbolic links out of the corpus, and UTF-16/UTF-32 documents.
 */
class HostileInputFuzzTest {

    private static final FuzzSettings SETTINGS = FuzzSettings.fromSystemProperties();
    /** Corpora per category of the inputs that once sank a run: enough to show, few to wait for. */
    private static final int CATEGORY_CORPORA = 3;
    private static final int CATEGORY_DOCUMENTS = 20;

    @TempDir
    Path folder;

    @Test
    void hostileDocumentsNamesAndConfigurations() throws IOException {
        FuzzRun run = new FuzzRun("hostileDocumentsNamesAndConfigurations", 3);
        for (int c = 0; c < SETTINGS.corpora(); c++) {
            if (!SETTINGS.runs(c)) {
                continue;
            }
            Random random = new Random(SETTINGS.caseSeed(run.test, c));
            // One corpus in five ships its own corpus-lint.yaml, as a corpus can.
            boolean ownYaml = random.nextInt(5) == 0;
            CorpusCase corpus = run.newCase(c, ownYaml
                    ? FuzzConfig.fromYaml(HostileYaml.generate(random))
                    : HostileConfigs.generate(random));
            if (ownYaml) {
                java.nio.file.Files.writeString(corpus.world.corpus().resolve("corpus-lint.yaml"),
                        corpus.config.yaml());
            }
            int documents = Math.min(SETTINGS.perCorpus(), SETTINGS.documents()
                    - c * SETTINGS.perCorpus());
            Set<String> taken = new HashSet<>();
            for (int d = 0; d < documents; d++) {
                Shape shape = Shape.draw(random);
                corpus.write(HostileNames.generate(random, d, taken), shape.name(),
                        HostileDocuments.generate(shape, random), shape.input);
            }
            if (!run.check(corpus)) {
                break;
            }
        }
        run.finish();
    }

    @Test
    void hugeTokens() throws IOException {
        FuzzRun run = new FuzzRun("hugeTokens", 1);
        int[] lengths = {20_000, 50_000, 99_000};
        for (int c = 0; c < CATEGORY_CORPORA; c++) {
            Random random = new Random(SETTINGS.caseSeed(run.test, c));
            CorpusCase corpus = run.newCase(c, plain("huge token of " + lengths[c] + " letters"));
            writeArticles(corpus, random);
            corpus.write("huge-" + lengths[c] + ".txt", "HUGE_TOKEN",
                    HostileDocuments.hugeTokenDocument(random, lengths[c]), Input.TEXT);
            if (!run.check(corpus)) {
                break;
            }
        }
        run.finish();
    }

    @Test
    void catastrophicUserRegexes() throws IOException {
        FuzzRun run = new FuzzRun("catastrophicUserRegexes", 1);
        // Polynomial of degree 12 and exponential backtracking over a line of many commas.
        String[] regexes = {"share:/(.*,){12}X/", "share:/(.+,)+Z/", "tip:/^(.*?,){10}Y/"};
        for (int c = 0; c < CATEGORY_CORPORA; c++) {
            Random random = new Random(SETTINGS.caseSeed(run.test, c));
            LintConfig config = LintConfig.builder().threads(1)
                    .ruleOption("missing-date", "referenceDate", "2024-07-01")
                    .ruleOption("boilerplate", "extraPhrases", regexes[c]).build();
            CorpusCase corpus = run.newCase(c, new FuzzConfig(config, false, true,
                    List.of("boilerplate.extraPhrases='" + regexes[c] + "'")));
            writeArticles(corpus, random);
            corpus.write("commas.txt", "COMMA_HEAVY", HostileDocuments.commaHeavyDocument(random),
                    Input.TEXT);
            if (!run.check(corpus)) {
                break;
            }
        }
        run.finish();
    }

    /**
     * Include and exclude globs are user patterns too ({@code corpus-lint.yaml} ships with a
     * corpus): Java turns {@code *a*a*…b} into a backtracking regex, which takes time
     * exponential in the number of stars on a long file name.
     */
    @Test
    void catastrophicGlobs() throws IOException {
        FuzzRun run = new FuzzRun("catastrophicGlobs", 1);
        String[] globs = {"*a".repeat(12) + "b", "**/" + "*a".repeat(10) + "*b*.txt",
            "*" + "a*".repeat(14) + "!"};
        for (int c = 0; c < CATEGORY_CORPORA; c++) {
            Random random = new Random(SETTINGS.caseSeed(run.test, c));
            boolean include = c % 2 == 0;
            LintConfig.Builder builder = LintConfig.builder().threads(1)
                    .ruleOption("missing-date", "referenceDate", "2024-07-01");
            if (include) {
                builder.includes(List.of(globs[c]));
            } else {
                builder.excludes(List.of(globs[c]));
            }
            CorpusCase corpus = run.newCase(c, new FuzzConfig(builder.build(), false, false,
                    List.of((include ? "include " : "exclude ") + globs[c])));
            writeArticles(corpus, random);
            corpus.write("a".repeat(60) + ".txt", "ARTICLE", HostileDocuments.utf8(
                    " date 2024-06-19\n" + HostileDocuments.article(random)), Input.TEXT);
            if (!run.check(corpus)) {
                break;
            }
        }
        run.finish();
    }

    @Test
    void symbolicLinksOutOfTheCorpus() throws IOException {
        FuzzRun run = new FuzzRun("symbolicLinksOutOfTheCorpus", 1);
        for (int c = 0; c < CATEGORY_CORPORA; c++) {
            Random random = new Random(SETTINGS.caseSeed(run.test, c));
            CorpusCase corpus = run.newCase(c, plain("links to the outside folder"));
            writeArticles(corpus, random);
            FuzzWorld world = corpus.world;
            corpus.linkOutside("users.txt", Path.of("../outside/passwd"));
            corpus.linkOutside("relative.txt", Path.of("../outside/article.txt"));
            corpus.linkOutside("absolute.txt", world.outside().resolve("article.txt")
                    .toAbsolutePath());
            corpus.linkOutside("beside.txt", Path.of("../beside.txt"));
            corpus.linkOutside("linked-folder", Path.of("../outside/folder"));
            corpus.linkOutside("nested/deep/up.txt", Path.of("../../../outside/article.txt"));
            // A link to a link inside the corpus that leads out.
            corpus.linkOutside("chain.txt", Path.of("users.txt"));
            if (!run.check(corpus)) {
                break;
            }
        }
        run.finish();
    }

    @Test
    void utf16AndUtf32Documents() throws IOException {
        FuzzRun run = new FuzzRun("utf16AndUtf32Documents", 1);
        String[] charsets = {"UTF-16", "UTF-16LE", "UTF-32"};
        for (int c = 0; c < CATEGORY_CORPORA; c++) {
            Random random = new Random(SETTINGS.caseSeed(run.test, c));
            Charset charset = Charset.forName(charsets[c]);
            LintConfig config = LintConfig.builder().threads(1).charset(charset)
                    .ruleOption("missing-date", "referenceDate", "2024-07-01").build();
            CorpusCase corpus = run.newCase(c, new FuzzConfig(config, false, true,
                    List.of("encoding " + charset)));
            for (int d = 0; d < CATEGORY_DOCUMENTS; d++) {
                String text = " date 2024-13-45 Share this article\n"
                        + HostileDocuments.article(random);
                corpus.write("story-" + d + ".txt", charset.name(), text.getBytes(charset),
                        Input.TEXT);
            }
            if (!run.check(corpus)) {
                break;
            }
        }
        run.finish();
    }

    private static FuzzConfig plain(String description) {
        LintConfig config = LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build();
        return new FuzzConfig(config, false, true, List.of(description));
    }

    private static void writeArticles(CorpusCase corpus, Random random) throws IOException {
        for (int d = 0; d < CATEGORY_DOCUMENTS; d++) {
            corpus.write("story-" + d + ".txt", "ARTICLE", HostileDocuments.utf8(
                    " date 2024-06-19\n" + HostileDocuments.article(random)), Input.TEXT);
        }
    }

    /** The cases of one test method: runs them under the budget and collects what failed. */
    private final class FuzzRun {

        /** Problems shown per case; the rest are counted. */
        private static final int MAX_SHOWN = 12;

        final String test;
        /** Hung cases after which the run stops: each costs a whole budget. */
        private final int maxTimeouts;
        private final List<String> failures = new ArrayList<>();
        private final long started = System.nanoTime();
        private int cases;
        private int documents;
        private int timeouts;
        private int refused;
        private long findings;
        private long invalidInputs;
        private long filesFixed;
        private long slowestMillis;
        private String slowest = "";
        private long slowestCheckNanos;
        private String slowestCheck = "none";

        FuzzRun(String test, int maxTimeouts) {
            this.test = test;
            this.maxTimeouts = maxTimeouts;
        }

        CorpusCase newCase(int index, FuzzConfig config) throws IOException {
            String name = test + " case " + index;
            FuzzWorld world = FuzzWorld.create(folder.resolve("case-" + index));
            return new CorpusCase(name, SETTINGS.replay(test, index), world, config);
        }

        /** Runs one corpus; false when the run should stop (too many cases hang). */
        boolean check(CorpusCase corpus) {
            cases++;
            documents += corpus.documents.size();
            CaseChecks checks = new CaseChecks(corpus);
            CaseBudget.Outcome outcome = CaseBudget.run(corpus.name, SETTINGS.budget(),
                    checks::run, checks::whereNow);
            if (checks.rules.slowestNanos() > slowestCheckNanos) {
                slowestCheckNanos = checks.rules.slowestNanos();
                slowestCheck = corpus.name + ": " + checks.rules.slowest();
            }
            if (outcome.millis() > slowestMillis) {
                slowestMillis = outcome.millis();
                slowest = corpus.name;
            }
            refused += checks.refused ? 1 : 0;
            findings += checks.findings;
            invalidInputs += checks.invalidInputs;
            filesFixed += checks.filesFixed;
            List<String> problems = new ArrayList<>(checks.problems);
            if (outcome.thrown() != null) {
                problems.add("the check itself threw " + CaseChecks.excerpt(outcome.thrown()));
            }
            if (outcome.timedOut()) {
                timeouts++;
                problems.add("no result within " + SETTINGS.budget().toSeconds() + " s, in "
                        + outcome.hang());
            }
            if (!problems.isEmpty()) {
                List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_SHOWN));
                failures.add(corpus.describe() + "\n  - " + String.join("\n  - ", shown)
                        + (problems.size() > MAX_SHOWN ? "\n  - … and "
                                + (problems.size() - MAX_SHOWN) + " more" : ""));
            }
            return timeouts < maxTimeouts;
        }

        void finish() {
            long millis = (System.nanoTime() - started) / 1_000_000;
            String summary = String.format("%s: %d documents in %d corpora in %.1f s, seed %d;"
                    + " %d configurations refused, %d findings (%d invalid-input), %d files"
                    + " fixed; slowest corpus: %s, %.1f s; slowest rule check: %s; %d failing"
                    + " corpora", test, documents, cases, millis / 1000.0, SETTINGS.seed(),
                    refused, findings, invalidInputs, filesFixed, slowest,
                    slowestMillis / 1000.0, slowestCheck, failures.size());
            System.out.println("[fuzz] " + summary);
            if (!failures.isEmpty()) {
                fail(summary + "\n" + String.join("\n", failures));
            }
        }
    }
}
