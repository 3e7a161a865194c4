package org.corpuslint.eval.duplicate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.StoryKey;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;

/**
 * Measures {@code duplicate-document} on one half of the clean corpus at a time (the even-
 * numbered files are the tuning half, the odd-numbered ones the untouched half). First the
 * half as it is: every cluster is printed for judging (the BBC set holds real exact
 * duplicates). Then with planted copies of real articles ({@link CopyKind}: re-white-spaced,
 * chrome added from {@code ../shared/eval/data/boilerplate.tsv}, updated, both, and a heavier
 * paragraph replacement) and decoys (an article that quotes one paragraph of another, which
 * must stay apart): recall per kind, precision, and whether the original was elected canonical.
 * {@code -Dseed=N}, {@code -Dthreshold=0.8}, {@code -Dverbose=true}.
 */
public final class DuplicateEvaluation {

    private static final int ORIGINALS = 100;
    private static final int DECOYS = 20;

    private DuplicateEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path root = CleanCorpus.locateOrExit();
        long seed = Long.getLong("seed", 1L);
        String threshold = System.getProperty("threshold");
        boolean verbose = Boolean.getBoolean("verbose");
        List<String> chrome = chromeLines(root);
        List<Document> all = CleanCorpus.load(root);
        for (String half : List.of("tuning", "untouched")) {
            List<Document> docs = CleanCorpus.half(all, half.equals("tuning") ? 0 : 1);
            System.out.printf(Locale.ROOT, "== %s half of %s: %d articles, seed %d%n", half,
                    root, docs.size(), seed);
            LintResult clean = lint(docs, threshold);
            System.out.printf(Locale.ROOT, "  as it is: %d findings, %d clusters%n",
                    clean.findings().size(), clean.duplicateClusters().size());
            clean.findings().forEach(f -> System.out.println("    " + f.path() + ": "
                    + f.severity().label() + " " + f.message()));
            planted(docs, chrome, seed, threshold, clean, verbose);
        }
    }

    private static void planted(List<Document> docs, List<String> chrome, long seed,
            String threshold, LintResult clean, boolean verbose) {
        Random random = new Random(seed);
        List<Document> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, random);
        List<Document> originals = shuffled.subList(0, ORIGINALS);
        List<Document> decoyPairs = shuffled.subList(ORIGINALS, ORIGINALS + 2 * DECOYS);
        List<String> donors = sentences(shuffled.subList(ORIGINALS + 2 * DECOYS, shuffled.size()));
        CopyPlanter planter = new CopyPlanter(seed, chrome, donors);

        Map<String, Document> corpus = new HashMap<>();
        docs.forEach(d -> corpus.put(d.path(), d));
        Map<String, String> originalOfCopy = new HashMap<>();
        Map<String, CopyKind> kindOfCopy = new HashMap<>();
        CopyKind[] kinds = CopyKind.values();
        for (int i = 0; i < originals.size(); i++) {
            Document original = originals.get(i);
            CopyKind kind = kinds[i % kinds.length];
            corpus.put(original.path(), new Document(original.path(),
                    " date 2005-03-01\n" + original.text()));
            String copyPath = "wire/" + original.path();
            corpus.put(copyPath, new Document(copyPath,
                    " date 2005-03-02\n" + planter.copy(original.text(), kind)));
            originalOfCopy.put(copyPath, original.path());
            kindOfCopy.put(copyPath, kind);
        }
        Set<String> decoys = new HashSet<>();
        for (int i = 0; i < DECOYS; i++) {
            Document quoted = decoyPairs.get(2 * i);
            Document quoting = decoyPairs.get(2 * i + 1);
            String[] paragraphs = quoted.text().strip().split("\n\\s*\n");
            String borrowed = paragraphs[1 + random.nextInt(paragraphs.length - 1)];
            corpus.put(quoting.path(), new Document(quoting.path(),
                    quoting.text().strip() + "\n\n" + borrowed + "\n"));
            decoys.add(quoted.path());
            decoys.add(quoting.path());
        }

        long started = System.nanoTime();
        LintResult result = lint(new ArrayList<>(corpus.values()), threshold);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, DuplicateCluster> clusterOf = new HashMap<>();
        for (DuplicateCluster cluster : result.duplicateClusters()) {
            clusterOf.put(cluster.canonical(), cluster);
            cluster.copies().forEach(c -> clusterOf.put(c.path(), cluster));
        }
        Set<String> realClustered = new HashSet<>();
        clean.duplicateClusters().forEach(c -> {
            realClustered.add(c.canonical());
            c.copies().forEach(copy -> realClustered.add(copy.path()));
        });

        Map<CopyKind, Integer> sameStory = new EnumMap<>(CopyKind.class);
        for (Map.Entry<String, String> pair : originalOfCopy.entrySet()) {
            if (StoryKey.of(corpus.get(pair.getKey())) == StoryKey.of(corpus.get(pair.getValue()))) {
                sameStory.merge(kindOfCopy.get(pair.getKey()), 1, Integer::sum);
            }
        }
        Map<CopyKind, Score> byKind = new EnumMap<>(CopyKind.class);
        Map<CopyKind, List<Double>> similarities = new EnumMap<>(CopyKind.class);
        int canonicalRight = 0;
        int found = 0;
        for (Map.Entry<String, String> pair : originalOfCopy.entrySet()) {
            CopyKind kind = kindOfCopy.get(pair.getKey());
            DuplicateCluster cluster = clusterOf.get(pair.getKey());
            boolean together = cluster != null && cluster == clusterOf.get(pair.getValue());
            byKind.merge(kind, new Score(together ? 1 : 0, 0, together ? 0 : 1), Score::plus);
            if (together) {
                found++;
                canonicalRight += cluster.canonical().equals(pair.getValue()) ? 1 : 0;
                cluster.copies().stream().filter(c -> c.path().equals(pair.getKey()))
                        .forEach(c -> similarities.computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(c.similarity()));
            } else if (verbose) {
                System.out.println("    missed " + kind + " " + pair.getKey());
            }
        }
        int truePositives = 0;
        int real = 0;
        List<String> falseAlarms = new ArrayList<>();
        for (Finding f : result.findings()) {
            DuplicateCluster cluster = clusterOf.get(f.path());
            String original = originalOfCopy.getOrDefault(f.path(), f.path());
            boolean plantedPair = cluster != null && (originalOfCopy.containsKey(f.path())
                    ? cluster.canonical().equals(original)
                    : originalOfCopy.get(cluster.canonical()) != null
                            && originalOfCopy.get(cluster.canonical()).equals(f.path()));
            if (plantedPair) {
                truePositives++;
            } else if (realClustered.contains(f.path())) {
                // A copy the half already held: a decoy built on it is still its copy.
                real++;
            } else {
                falseAlarms.add(f.path() + ": " + f.message()
                        + (decoys.contains(f.path()) ? " (decoy)" : ""));
            }
        }
        System.out.printf(Locale.ROOT, "  planted: %d copies of real articles, %d decoys quoting"
                + " a paragraph; %d findings in %.2f s%n", originals.size(), DECOYS,
                result.findings().size(), seconds);
        Score light = new Score(0, 0, 0);
        for (CopyKind kind : CopyKind.values()) {
            Score score = byKind.getOrDefault(kind, new Score(0, 0, 0));
            if (kind != CopyKind.PARAGRAPH_REPLACED) {
                light = light.plus(score);
            }
            List<Double> sims = similarities.getOrDefault(kind, List.of());
            System.out.printf(Locale.ROOT, "    %-19s recall %d/%d, similarity %s; one story"
                    + " key (line counts count it once) %d/%d%n", kind, score.truePositives(),
                    score.truePositives() + score.falseNegatives(), range(sims),
                    sameStory.getOrDefault(kind, 0),
                    score.truePositives() + score.falseNegatives());
        }
        System.out.printf(Locale.ROOT, "  light copies (all but PARAGRAPH_REPLACED): recall"
                + " %.1f%% (%d/%d)%n", 100 * light.recall(), light.truePositives(),
                light.truePositives() + light.falseNegatives());
        System.out.printf(Locale.ROOT, "  findings: %d on planted pairs, %d on the half's own"
                + " duplicates, %d false alarms: precision %.1f%%%n", truePositives, real,
                falseAlarms.size(), 100.0 * (truePositives + real)
                        / Math.max(1, result.findings().size()));
        System.out.printf(Locale.ROOT, "  original elected canonical in %d of %d found pairs%n",
                canonicalRight, found);
        falseAlarms.forEach(a -> System.out.println("    false alarm: " + a));
    }

    private static String range(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "min %.2f, median %.2f, max %.2f", sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    private static LintResult lint(List<Document> docs, String threshold) {
        LintConfig.Builder config = LintConfig.builder().threads(1);
        if (threshold != null) {
            config.ruleOption(DuplicateDocumentRule.ID, "threshold", threshold);
        }
        return new CorpusLinter(config.build(), List.of(DuplicateDocumentRule::new))
                .lintDocuments(docs, null);
    }

    /** Sentences of 60 to 200 characters: the material of an update. */
    public static List<String> sentences(List<Document> docs) {
        List<String> sentences = new ArrayList<>();
        for (Document doc : docs) {
            for (String sentence : doc.text().split("(?<=\\.) ")) {
                String s = sentence.strip();
                if (s.length() >= 60 && s.length() <= 200 && !s.contains("\n")
                        && s.endsWith(".")) {
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    /** Real page chrome: the text column of the shared boilerplate data, next to the corpus. */
    public static List<String> chromeLines(Path corpus) throws IOException {
        Path tsv = corpus.toAbsolutePath().getParent().getParent()
                .resolve("eval/data/boilerplate.tsv");
        List<String> lines = new ArrayList<>();
        for (String row : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
            String[] columns = row.split("\t");
            if (columns.length == 3 && !columns[2].isBlank()) {
                lines.add(columns[2].strip());
            }
        }
        return lines;
    }
}
