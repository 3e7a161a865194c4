package org.corpuslint.eval.boilerplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.model.Finding;
import org.corpuslint.rules.boilerplate.BoilerplateRule;

/**
 * Plants boilerplate into the clean corpus and measures line recall and precision of the
 * {@code boilerplate} rule: a planted line is found when a finding's span covers it; a
 * non-blank line inside a finding that was not planted is a false positive. Runs with the
 * default options and with the repetition signal off (every line judged on its own).
 *
 * <p>{@code mvn -o -q -pl corpus-lint-eval exec:java
 * -Dexec.mainClass=org.corpuslint.eval.boilerplate.BoilerplateEvaluation} (options:
 * {@code -Dtemplates=development|held-out|fresh} picks the template set, default
 * {@code fresh} ({@link FreshTemplates}, never used for tuning); {@code -Dseed=N};
 * {@code -Dverbose=true} lists misses and false positives; {@code -Dlayouts=false} leaves out
 * {@link PageLayoutTemplates}, the layouts of real pages).
 */
public final class BoilerplateEvaluation {

    private BoilerplateEvaluation() {}

    public static void main(String[] args) {
        Path root = CleanCorpus.locateOrExit();
        long seed = Long.getLong("seed", 20240619L);
        boolean verbose = Boolean.getBoolean("verbose");
        List<Document> clean = CleanCorpus.load(root);
        String set = System.getProperty("templates", "fresh");
        Map<String, List<String>> lines = switch (set) {
            case "development" -> BoilerplateTemplates.BY_KIND;
            case "held-out" -> HeldOutTemplates.BY_KIND;
            case "fresh" -> FreshTemplates.BY_KIND;
            default -> throw new IllegalArgumentException("-Dtemplates=" + set
                    + ": expected development, held-out or fresh");
        };
        // Real pages' layouts unless -Dlayouts=false (the figures before they were added).
        Map<String, List<String>> templates = Boolean.parseBoolean(
                System.getProperty("layouts", "true")) ? PageLayoutTemplates.with(lines) : lines;
        List<PlantedDocument> planted = plant(clean, seed, templates);
        int plantedLines = planted.stream().mapToInt(p -> p.planted().size()).sum();
        int decoys = planted.stream().mapToInt(p -> p.decoys().size()).sum();
        System.out.printf(Locale.ROOT, "%d articles from %s, %d boilerplate lines planted"
                + " (seed %d, %s templates), %d decoy prose lines%n", planted.size(), root, plantedLines, seed,
                set, decoys);
        evaluate("default options", planted, Map.of(), verbose);
        evaluate("repetition off (disabledKinds=repeated)", planted,
                Map.of("disabledKinds", "repeated"), verbose);
    }

    static List<PlantedDocument> plant(List<Document> clean, long seed,
            Map<String, List<String>> templates) {
        Random random = new Random(seed);
        List<Outlet> outlets = new ArrayList<>();
        for (String name : Outlet.NAMES) {
            outlets.add(new Outlet(name, templates, random));
        }
        List<String> headlines = new ArrayList<>();
        for (Document document : clean) {
            headlines.add(document.line(1).strip());
        }
        BoilerplatePlanter planter = new BoilerplatePlanter(seed, 0.4, templates);
        List<PlantedDocument> planted = new ArrayList<>();
        for (Document document : clean) {
            planted.add(planter.plant(document, Outlet.pick(outlets, random), headlines));
        }
        return planted;
    }

    private static void evaluate(String name, List<PlantedDocument> planted,
            Map<String, String> options, boolean verbose) {
        LintConfig.Builder config = LintConfig.builder();
        options.forEach((k, v) -> config.ruleOption(BoilerplateRule.ID, k, v));
        List<Document> documents = new ArrayList<>();
        Map<String, PlantedDocument> byPath = new HashMap<>();
        for (PlantedDocument p : planted) {
            documents.add(new Document(p.path(), p.text()));
            byPath.put(p.path(), p);
        }
        List<Finding> findings = new CorpusLinter(config.build(), List.of(BoilerplateRule::new))
                .lintDocuments(documents, null).findings();
        Map<String, Set<Integer>> flagged = new HashMap<>();
        for (Finding finding : findings) {
            Set<Integer> lines = flagged.computeIfAbsent(finding.path(), k -> new HashSet<>());
            for (int line = finding.start().line(); line <= finding.end().line(); line++) {
                lines.add(line);
            }
        }
        Score total = new Score(0, 0, 0);
        Map<String, Score> byKind = new TreeMap<>();
        Map<String, Score> byPosition = new TreeMap<>();
        int decoysFlagged = 0;
        List<String> misses = new ArrayList<>();
        List<String> falsePositives = new ArrayList<>();
        for (Document document : documents) {
            PlantedDocument p = byPath.get(document.path());
            Set<Integer> lines = flagged.getOrDefault(document.path(), Set.of());
            for (Map.Entry<Integer, String> e : p.planted().entrySet()) {
                boolean found = lines.contains(e.getKey());
                Score one = found ? new Score(1, 0, 0) : new Score(0, 0, 1);
                total = total.plus(one);
                String[] label = e.getValue().split("@");
                byKind.merge(label[0], one, Score::plus);
                byPosition.merge(label[1], one, Score::plus);
                if (!found) {
                    misses.add(document.path() + ":" + e.getKey() + " [" + e.getValue() + "] "
                            + document.line(e.getKey()));
                }
            }
            for (int line : lines) {
                if (line <= document.lineCount() && !document.line(line).isBlank()
                        && !p.planted().containsKey(line)) {
                    total = total.plus(new Score(0, 1, 0));
                    decoysFlagged += p.decoys().contains(line) ? 1 : 0;
                    falsePositives.add(document.path() + ":" + line + " "
                            + document.line(line));
                }
            }
        }
        System.out.println();
        System.out.println("== " + name + ": " + findings.size() + " findings");
        System.out.println("lines: " + total.summary());
        System.out.println("decoy prose lines flagged: " + decoysFlagged);
        byPosition.forEach((k, s) -> System.out.printf(Locale.ROOT, "  %-8s recall %5.1f%% (%d/%d)%n",
                k, 100 * s.recall(), s.truePositives(), s.truePositives() + s.falseNegatives()));
        byKind.forEach((k, s) -> System.out.printf(Locale.ROOT, "  %-14s recall %5.1f%% (%d/%d)%n",
                k, 100 * s.recall(), s.truePositives(), s.truePositives() + s.falseNegatives()));
        if (verbose) {
            misses.forEach(m -> System.out.println("  miss " + m));
            falsePositives.forEach(f -> System.out.println("  false positive " + f));
        }
    }
}
