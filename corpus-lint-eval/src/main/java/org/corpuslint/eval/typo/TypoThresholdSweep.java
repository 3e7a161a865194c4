package org.corpuslint.eval.typo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.model.Finding;
import org.corpuslint.rules.typo.TypoRule;
import org.corpuslint.rules.typo.TypoThresholds;

/**
 * Sweeps the {@link TypoThresholds} of the {@code typo} rule one at a time, with the validation
 * discipline of the rule's evaluation: every value is scored on the tuning half only (the
 * even-numbered documents, {@link CleanCorpus#half}) of a planted corpus of
 * {@code ../shared/eval} and of news-dev; the untouched half is scored only for the shipped
 * values and for the settings named in {@code -Dtypo.sweep.report}, chosen beforehand.
 *
 * <p>Properties: {@code typo.sweep.planted} (required: a folder made by
 * {@code make_planted.py}, beside its {@code .truth.json}); {@code typo.sweep.names}
 * (thresholds to sweep, comma-separated; default all); {@code typo.sweep.report}
 * ({@code name=value,...} to score on the untouched half); {@code typo.sweep.knownTypos} (the
 * BBC's own misspellings, which count neither way; default
 * {@code ../shared/eval/news-dev-real-typos.txt}); the clean corpus as for every harness.
 */
public final class TypoThresholdSweep {

    static final int TUNED = 0;
    static final int UNTOUCHED = 1;

    private final List<Document> newsDev;
    private final Set<String> newsDevTuned;
    private final List<Document> planted;
    private final Map<String, Integer> plantedHalf = new HashMap<>();
    private final List<PlantedTruth> truth;
    private final Set<String> knownTypos;

    private TypoThresholdSweep(List<Document> newsDev, List<Document> planted,
            List<PlantedTruth> truth, Set<String> knownTypos) {
        this.newsDev = newsDev;
        this.newsDevTuned = paths(CleanCorpus.half(newsDev, TUNED));
        this.planted = planted;
        for (int i = 0; i < planted.size(); i++) {
            plantedHalf.put(planted.get(i).path(), i % 2);
        }
        this.truth = truth;
        this.knownTypos = knownTypos;
    }

    public static void main(String[] args) throws IOException {
        Path cleanRoot = CleanCorpus.locateOrExit();
        String plantedProperty = System.getProperty("typo.sweep.planted");
        if (plantedProperty == null) {
            System.err.println("name a planted corpus: -Dtypo.sweep.planted=<folder made by"
                    + " make_planted.py, beside its .truth.json>");
            System.exit(2);
        }
        Path plantedRoot = Path.of(plantedProperty);
        Path known = Path.of(System.getProperty("typo.sweep.knownTypos", cleanRoot
                .resolve("../../eval/news-dev-real-typos.txt").normalize().toString()));
        TypoThresholdSweep sweep = new TypoThresholdSweep(CleanCorpus.load(cleanRoot),
                CleanCorpus.load(plantedRoot),
                PlantedTruth.read(Path.of(plantedRoot + ".truth.json")), knownTypos(known));
        List<String> names = System.getProperty("typo.sweep.names", "").isBlank()
                ? TypoThresholds.names()
                : Arrays.asList(System.getProperty("typo.sweep.names").split(","));
        TypoThresholds defaults = TypoThresholds.DEFAULTS;
        System.out.println("tuning half: planted " + plantedRoot + " and news-dev, even-numbered"
                + " documents; recall name / common, false alarms, correct suggestion;"
                + " news-dev findings");
        System.out.println("shipped: " + sweep.score(defaults, TUNED));
        for (String name : names) {
            double shipped = value(defaults, name);
            for (double v : trials(defaults, name)) {
                if (v != shipped) {
                    System.out.printf(Locale.ROOT, "%-26s %6s  %s%n", name, format(v),
                            sweep.score(defaults.with(name, v), TUNED));
                }
            }
        }
        System.out.println("untouched half (odd-numbered documents):");
        System.out.println("shipped: " + sweep.score(defaults, UNTOUCHED));
        String report = System.getProperty("typo.sweep.report", "");
        for (String setting : report.isBlank() ? new String[0] : report.split(",")) {
            String[] nameValue = setting.split("=");
            TypoThresholds chosen = defaults.with(nameValue[0].strip(),
                    Double.parseDouble(nameValue[1].strip()));
            System.out.println(setting.strip() + ": " + sweep.score(chosen, UNTOUCHED));
        }
    }

    /** Recall and false alarms on the planted half, and findings on the news-dev half. */
    private String score(TypoThresholds thresholds, int half) {
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        int falseAlarms = 0;
        int correct = 0;
        int found = 0;
        List<Finding> plantedFindings = lint(planted, thresholds);
        Set<Finding> covering = new HashSet<>();
        Map<String, Document> byPath = new HashMap<>();
        planted.forEach(d -> byPath.put(d.path(), d));
        for (PlantedTruth t : truth) {
            if (plantedHalf.getOrDefault(t.file(), -1) != half) {
                continue;
            }
            int[] counts = byKind.computeIfAbsent(t.kind(), k -> new int[2]);
            counts[1]++;
            int start = offset(byPath.get(t.file()), t.line(), t.column());
            List<Finding> hits = plantedFindings.stream().filter(f -> f.path().equals(t.file())
                    && f.start().offset() < start + t.token().length()
                    && f.end().offset() > start).toList();
            covering.addAll(hits);
            if (!hits.isEmpty()) {
                counts[0]++;
                if (!"realword".equals(t.kind())) {
                    found++;
                    if (hits.stream().anyMatch(f -> suggests(f, t.expected()))) {
                        correct++;
                    }
                }
            }
        }
        for (Finding f : plantedFindings) {
            if (plantedHalf.getOrDefault(f.path(), -1) == half && !covering.contains(f)
                    && !knownTypos.contains(covered(byPath.get(f.path()), f))) {
                falseAlarms++;
            }
        }
        long newsDevFindings = lint(newsDev, thresholds).stream()
                .filter(f -> newsDevTuned.contains(f.path()) == (half == TUNED)).count();
        StringBuilder s = new StringBuilder();
        byKind.forEach((kind, c) -> s.append(kind).append(' ').append(c[0]).append('/')
                .append(c[1]).append("  "));
        return s.append(String.format(Locale.ROOT, "false alarms %d  suggestion %d/%d  news-dev %d",
                falseAlarms, correct, found, newsDevFindings)).toString();
    }

    /** As the shared scorer counts it: the expected word in the fix or in the message. */
    private static boolean suggests(Finding f, String expected) {
        boolean inFix = f.optionalFix().map(fix -> fix.edits().stream()
                .anyMatch(e -> e.replacement().contains(expected))).orElse(false);
        return inFix || f.message().contains(expected);
    }

    private static List<Finding> lint(List<Document> documents, TypoThresholds thresholds) {
        return new CorpusLinter(LintConfig.builder().build(),
                List.of(() -> new TypoRule(thresholds))).lintDocuments(documents, null)
                .findings().stream().filter(f -> f.ruleId().equals(TypoRule.ID)).toList();
    }

    /** The shipped value, its neighbours, half and double (for a ratio: a quarter either way). */
    static List<Double> trials(TypoThresholds thresholds, String name) {
        double v = value(thresholds, name);
        Set<Double> values = new LinkedHashSet<>();
        if (v != Math.rint(v)) {
            values.add(v * 0.75);
            values.add(v * 1.25);
        } else {
            values.add(Math.max(0, v - 1));
            values.add(v + 1);
            values.add(Math.max(0, Math.floor(v / 2)));
            values.add(v * 2);
        }
        return new ArrayList<>(values);
    }

    static double value(TypoThresholds thresholds, String name) {
        try {
            Object v = TypoThresholds.class.getMethod(name).invoke(thresholds);
            return ((Number) v).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no threshold '" + name + "'", e);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static int offset(Document d, int line, int column) {
        String text = d.text();
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + column - 1;
    }

    private static String covered(Document d, Finding f) {
        return d.text().substring(f.start().offset(), f.end().offset()).toLowerCase(Locale.ROOT);
    }

    private static Set<String> paths(List<Document> documents) {
        Set<String> out = new HashSet<>();
        documents.forEach(d -> out.add(d.path()));
        return out;
    }

    private static Set<String> knownTypos(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
