package org.corpuslint.eval.caption;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rules.caption.DuplicateLineRule;
import org.corpuslint.rules.caption.OrphanCreditRule;
import org.corpuslint.rules.caption.TruncatedTextRule;
import org.corpuslint.rules.caption.UnattributedCaptionRule;

/**
 * Measures the photo rules. First on the clean corpus as it is (no photos: every finding is a
 * false positive), then with a gallery planted into every second article (see
 * {@link GalleryPlanter}): recall and precision of {@code unattributed-caption} over the
 * captions whose credit was removed, overall and per layout. {@code -Dverbose=true} lists the
 * misses and false alarms; {@code -Dseed=N} plants differently;
 * {@code -Dshow=<path>} prints one planted article with its findings.
 */
public final class CaptionEvaluation {

    private static final List<Supplier<Rule>> RULES = List.of(UnattributedCaptionRule::new,
            OrphanCreditRule::new, TruncatedTextRule::new, DuplicateLineRule::new);

    private static final int TIMED_RUNS = 3;

    private CaptionEvaluation() {}

    public static void main(String[] args) {
        Path root = CleanCorpus.locateOrExit();
        boolean verbose = Boolean.getBoolean("verbose");
        long seed = Long.getLong("seed", 20240619L);
        List<Document> clean = CleanCorpus.load(root);
        long words = clean.stream().mapToLong(d -> d.text().split("\\s+").length).sum();

        CorpusProfile cleanProfile = new CorpusProfile();
        clean.forEach(cleanProfile::add);
        List<Finding> cleanFindings = List.of();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < TIMED_RUNS; run++) {
            long started = System.nanoTime();
            cleanFindings = lint(clean, cleanProfile);
            best = Math.min(best, (System.nanoTime() - started) / 1e9);
        }
        System.out.printf(Locale.ROOT, "clean corpus %s: %d articles, %d words%n", root,
                clean.size(), words);
        System.out.printf(Locale.ROOT, "  findings of the photo rules: %d %s (%.2f per 100"
                + " articles)%n", cleanFindings.size(), countByRule(cleanFindings),
                100.0 * cleanFindings.size() / clean.size());
        System.out.printf(Locale.ROOT, "  speed: %.2f s for the four rules on one thread, best of"
                + " %d runs (%.0f words/s; corpus profile not included)%n", best, TIMED_RUNS,
                words / best);
        if (verbose) {
            cleanFindings.forEach(f -> System.out.println("    " + describe(f)));
        }

        GalleryPlanter planter = new GalleryPlanter(seed);
        Map<String, PlantedArticle> planted = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            Document document = clean.get(i);
            if (i % 2 == 0) {
                PlantedArticle article = planter.plant(document);
                planted.put(article.path(), article);
                documents.add(new Document(article.path(), article.text()));
            } else {
                documents.add(document);
            }
        }
        List<Finding> findings = lint(documents);
        score(planted, findings, verbose);
        String show = System.getProperty("show");
        if (show != null && planted.containsKey(show)) {
            show(planted.get(show), findings);
        }
    }

    private static void score(Map<String, PlantedArticle> planted, List<Finding> findings,
            boolean verbose) {
        Map<String, List<Integer>> reported = new HashMap<>();
        List<Finding> others = new ArrayList<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(UnattributedCaptionRule.ID)) {
                reported.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f.start().line());
            } else {
                others.add(f);
            }
        }
        Map<Layout, Score> byLayout = new EnumMap<>(Layout.class);
        Score total = new Score(0, 0, 0);
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        int lostTotal = 0;
        for (PlantedArticle article : planted.values()) {
            List<Integer> lines = reported.getOrDefault(article.path(), List.of());
            Score score = scoreArticle(article, lines, misses, alarms);
            lostTotal += article.lost().size();
            byLayout.merge(article.layout(), score, Score::plus);
            total = total.plus(score);
        }
        for (Map.Entry<String, List<Integer>> e : reported.entrySet()) {
            if (!planted.containsKey(e.getKey())) {
                total = total.plus(new Score(0, e.getValue().size(), 0));
                e.getValue().forEach(l -> alarms.add(e.getKey() + ":" + l + " (clean article)"));
            }
        }
        System.out.printf(Locale.ROOT, "planted galleries: %d articles, %d photos or"
                + " descriptions without a credit%n", planted.size(), lostTotal);
        System.out.println("  unattributed-caption: " + total.summary());
        byLayout.forEach((layout, s) -> System.out.printf(Locale.ROOT, "    %-22s %s%n",
                layout, s.summary()));
        System.out.println("  other photo rules on the planted corpus: " + countByRule(others));
        if (verbose) {
            misses.forEach(m -> System.out.println("  missed: " + m));
            alarms.forEach(m -> System.out.println("  false alarm: " + m));
            others.forEach(f -> System.out.println("  other: " + describe(f)));
        }
    }

    private static Score scoreArticle(PlantedArticle article, List<Integer> lines,
            List<String> misses, List<String> alarms) {
        int found = 0;
        for (Set<Integer> lost : article.lost()) {
            if (lines.stream().anyMatch(lost::contains)) {
                found++;
            } else {
                misses.add(article.path() + ":" + lost + " " + article.layout());
            }
        }
        int falseAlarms = 0;
        for (int line : lines) {
            if (article.lost().stream().noneMatch(l -> l.contains(line))) {
                falseAlarms++;
                alarms.add(article.path() + ":" + line + " " + article.layout());
            }
        }
        return new Score(found, falseAlarms, article.lost().size() - found);
    }

    /** Prints one planted article with its line numbers, lost photos and findings. */
    private static void show(PlantedArticle article, List<Finding> findings) {
        System.out.println(article.path() + " " + article.layout() + ", lost: " + article.lost());
        String[] lines = article.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String marks = findings.stream()
                    .filter(f -> f.path().equals(article.path()) && f.start().line() == line)
                    .map(f -> " <<" + f.ruleId()).reduce("", String::concat);
            System.out.printf(Locale.ROOT, "%4d %s%s%n", line, lines[i], marks);
        }
    }

    private static List<Finding> lint(List<Document> documents) {
        CorpusProfile profile = new CorpusProfile();
        documents.forEach(profile::add);
        return lint(documents, profile);
    }

    private static List<Finding> lint(List<Document> documents, CorpusProfile profile) {
        LintConfig config = LintConfig.builder().threads(1).build();
        return new CorpusLinter(config, RULES).lintDocuments(documents, profile).findings();
    }

    private static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }

    private static String describe(Finding f) {
        return f.path() + ":" + f.start() + " [" + f.ruleId() + "] " + f.message();
    }
}
