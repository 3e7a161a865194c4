package org.corpuslint.eval.date;

import java.time.LocalDate;
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
import org.corpuslint.eval.common.Score;
import org.corpuslint.eval.duplicate.CopyKind;
import org.corpuslint.eval.duplicate.CopyPlanter;
import org.corpuslint.eval.duplicate.DuplicateEvaluation;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rules.date.DateConsistencyRule;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;

/**
 * The copies part of {@link DateEvaluation}: copies of real articles, made as
 * {@code duplicate.DuplicateEvaluation} makes them (exact, with real page chrome, updated with
 * sentences of other articles, both), dated apart from their original. Half of each kind are
 * dated beyond the rule's tolerance for their class (exact copies: more than a day; near copies:
 * more than a week) and must be found on the later-dated member, naming the other, at the
 * class's severity; the other half are dated within it and must stay quiet. Which member is the
 * later one is random. Every other article of the half gets a random date of its own, except the
 * half's own duplicate clusters (real BBC copies), whose members share one date.
 */
final class CopyDateEvaluation {

    private static final int PAIRS = 160;
    private static final CopyKind[] KINDS = {CopyKind.EXACT, CopyKind.CHROME, CopyKind.UPDATED,
        CopyKind.CHROME_UPDATED};
    private static final int EXACT_TOLERANCE = 1;
    private static final int NEAR_TOLERANCE = 7;

    private record Pair(String original, String copy, CopyKind kind, boolean conflict,
            boolean copyLater) {

        String later() {
            return copyLater ? copy : original;
        }

        String earlier() {
            return copyLater ? original : copy;
        }
    }

    private CopyDateEvaluation() {}

    static void run(List<Document> docs, List<String> chrome, long seed, boolean verbose) {
        Random random = new Random(seed);
        LintConfig config = LintConfig.builder().threads(1).build();
        Map<String, String> ownCanonical = new HashMap<>();
        for (DuplicateCluster cluster : new CorpusLinter(config,
                List.of(DuplicateDocumentRule::new)).lintDocuments(docs, null)
                .duplicateClusters()) {
            ownCanonical.put(cluster.canonical(), cluster.canonical());
            cluster.copies().forEach(c -> ownCanonical.put(c.path(), cluster.canonical()));
        }
        List<Document> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, random);
        List<Document> originals = shuffled.stream()
                .filter(d -> !ownCanonical.containsKey(d.path())).limit(PAIRS).toList();
        Set<String> originalPaths = new HashSet<>();
        originals.forEach(d -> originalPaths.add(d.path()));
        CopyPlanter planter = new CopyPlanter(seed, chrome, DuplicateEvaluation.sentences(
                shuffled.stream().filter(d -> !originalPaths.contains(d.path())).toList()));

        Map<String, LocalDate> dates = new HashMap<>();
        for (Document doc : docs) {
            dates.put(doc.path(), LocalDate.of(2004, 1, 1).plusDays(random.nextInt(700)));
        }
        ownCanonical.forEach((path, canonical) -> dates.put(path, dates.get(canonical)));
        List<Document> corpus = new ArrayList<>();
        for (Document doc : docs) {
            corpus.add(new Document(doc.path(), " date " + dates.get(doc.path()) + "\n"
                    + doc.text()));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            Document original = originals.get(i);
            CopyKind kind = KINDS[i % KINDS.length];
            boolean conflict = (i / KINDS.length) % 2 == 0;
            int tolerance = kind == CopyKind.EXACT ? EXACT_TOLERANCE : NEAR_TOLERANCE;
            int gap = conflict ? tolerance + 1 + random.nextInt(400)
                    : random.nextInt(tolerance + 1);
            Pair pair = new Pair(original.path(), "wire/" + original.path(), kind, conflict,
                    random.nextBoolean());
            LocalDate originalDate = dates.get(original.path());
            LocalDate copyDate = pair.copyLater() ? originalDate.plusDays(gap)
                    : originalDate.minusDays(gap);
            corpus.add(new Document(pair.copy(), " date " + copyDate + "\n"
                    + planter.copy(original.text(), kind)));
            pairs.add(pair);
        }

        long started = System.nanoTime();
        LintResult result = new CorpusLinter(config, List.of(DateConsistencyRule::new,
                DuplicateDocumentRule::new)).lintDocuments(corpus, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        score(pairs, result, seconds, verbose);
    }

    private static void score(List<Pair> pairs, LintResult result, double seconds,
            boolean verbose) {
        Map<String, DuplicateCluster> clusterOf = new HashMap<>();
        for (DuplicateCluster cluster : result.duplicateClusters()) {
            clusterOf.put(cluster.canonical(), cluster);
            cluster.copies().forEach(c -> clusterOf.put(c.path(), cluster));
        }
        List<Finding> findings = result.findings().stream()
                .filter(f -> f.ruleId().equals(DateConsistencyRule.ID)).toList();
        Set<Finding> rightOnes = new HashSet<>();
        Map<CopyKind, Score> byKind = new EnumMap<>(CopyKind.class);
        Map<CopyKind, Integer> clustered = new EnumMap<>(CopyKind.class);
        for (Pair pair : pairs) {
            if (!pair.conflict()) {
                continue;
            }
            Severity severity = pair.kind() == CopyKind.EXACT ? Severity.WARNING : Severity.INFO;
            Finding hit = findings.stream().filter(f -> f.path().equals(pair.later())
                    && f.start().line() == 1 && f.severity() == severity
                    && f.message().contains(" that of " + pair.earlier() + ", "))
                    .findFirst().orElse(null);
            boolean together = clusterOf.get(pair.copy()) != null
                    && clusterOf.get(pair.copy()) == clusterOf.get(pair.original());
            clustered.merge(pair.kind(), together ? 1 : 0, Integer::sum);
            byKind.merge(pair.kind(), new Score(hit != null ? 1 : 0, 0, hit != null ? 0 : 1),
                    Score::plus);
            if (hit != null) {
                rightOnes.add(hit);
            } else if (verbose) {
                System.out.println("    missed " + pair + (together ? "" : " (not clustered)"));
            }
        }
        List<Finding> alarms = findings.stream().filter(f -> !rightOnes.contains(f)).toList();
        Score total = new Score(0, alarms.size(), 0);
        for (CopyKind kind : KINDS) {
            Score score = byKind.getOrDefault(kind, new Score(0, 0, 0));
            total = total.plus(score);
            System.out.printf(Locale.ROOT, "    %-17s %d/%d found; %d of the pairs clustered by"
                    + " duplicate-document%n", kind, score.truePositives(),
                    score.truePositives() + score.falseNegatives(), clustered.get(kind),
                    score.truePositives() + score.falseNegatives());
        }
        Score near = new Score(0, 0, 0);
        for (CopyKind kind : KINDS) {
            if (kind != CopyKind.EXACT) {
                near = near.plus(byKind.getOrDefault(kind, new Score(0, 0, 0)));
            }
        }
        System.out.printf(Locale.ROOT, "  %d planted copies, half dated beyond their class's"
                + " tolerance: %s; %.2f s%n", pairs.size(), total.summary(), seconds);
        System.out.printf(Locale.ROOT, "  near copies only: recall %.1f%% (%d/%d)%n",
                100 * near.recall(), near.truePositives(),
                near.truePositives() + near.falseNegatives());
        alarms.forEach(f -> System.out.println("    false alarm: " + f.path() + ":"
                + f.start().line() + " " + f.severity().label() + " " + f.message()));
    }
}
