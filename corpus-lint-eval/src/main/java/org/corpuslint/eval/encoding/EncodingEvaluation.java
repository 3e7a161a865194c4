package org.corpuslint.eval.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.rule.Rule;
import org.corpuslint.rules.encoding.EncodingRule;

/**
 * Recall and precision of the {@code encoding} rule on damage planted into real articles, per
 * kind and per half of the clean corpus (even-numbered documents are the half the rule was
 * tuned on, odd-numbered ones the untouched half), and its findings on the clean corpus itself,
 * printed for a person to judge. Arguments: the seed (default 1). One damage per document, in
 * one body paragraph; the kinds take turns.
 *
 * <pre>mvn -q -pl corpus-lint-eval exec:java -Dexec.mainClass=org.corpuslint.eval.encoding.EncodingEvaluation -Dexec.args=1</pre>
 */
public final class EncodingEvaluation {

    private static final List<Supplier<Rule>> RULES = List.of(EncodingRule::new);

    private EncodingEvaluation() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        List<Document> clean = CleanCorpus.load(CleanCorpus.locateOrExit());
        System.out.println("clean corpus: " + clean.size() + " documents");
        for (int half = 0; half < 2; half++) {
            List<Document> part = CleanCorpus.half(clean, half);
            List<Finding> findings = lint(part);
            System.out.printf(Locale.ROOT, "%n%s half, clean: %d findings in %d documents"
                    + " (%.2f per 100)%n", half == 0 ? "tuning" : "untouched", findings.size(),
                    part.size(), 100.0 * findings.size() / part.size());
            findings.stream().limit(40).forEach(f -> System.out.println("  " + describe(f)));
        }
        for (int half = 0; half < 2; half++) {
            evaluate(CleanCorpus.half(clean, half), new Random(seed * 31 + half),
                    half == 0 ? "tuning" : "untouched", seed);
        }
        benchmark(clean);
    }

    private static void evaluate(List<Document> documents, Random random, String name, long seed) {
        DamagePlanter planter = new DamagePlanter(random);
        List<Document> planted = new ArrayList<>();
        List<PlantedDamage> truth = new ArrayList<>();
        Map<String, String> repairedTexts = new TreeMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document doc = documents.get(i);
            String kind = DamagePlanter.KINDS[i % DamagePlanter.KINDS.length];
            Document damaged = plant(doc, kind, planter, random, truth, repairedTexts);
            planted.add(damaged);
        }
        List<Finding> findings = lint(planted);
        Map<String, Score> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (PlantedDamage d : truth) {
            boolean found = findings.stream().anyMatch(f -> overlaps(f, d, planted));
            byKind.merge(d.kind(), new Score(found ? 1 : 0, 0, found ? 0 : 1), Score::plus);
            if (!found && misses.size() < 15) {
                misses.add(d.kind() + " " + d.path() + " " + visible(text(planted, d.path())
                        .substring(Math.max(0, d.start() - 20), Math.min(text(planted, d.path())
                                .length(), d.end() + 20))));
            }
        }
        int falsePositives = 0;
        List<String> wrong = new ArrayList<>();
        for (Finding f : findings) {
            if (truth.stream().noneMatch(d -> overlaps(f, d, planted))) {
                falsePositives++;
                if (wrong.size() < 15) {
                    wrong.add(describe(f));
                }
            }
        }
        Score total = byKind.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        total = new Score(total.truePositives(), falsePositives, total.falseNegatives());
        System.out.printf(Locale.ROOT, "%nplanted, %s half, seed %d: %s%n", name, seed,
                total.summary());
        byKind.forEach((kind, score) -> System.out.printf(Locale.ROOT, "  %-13s recall %5.1f%%"
                + " (%d/%d)%n", kind, 100 * score.recall(), score.truePositives(),
                score.truePositives() + score.falseNegatives()));
        exactRepairs(planted, findings, repairedTexts);
        misses.forEach(m -> System.out.println("  missed: " + m));
        wrong.forEach(w -> System.out.println("  false: " + w));
    }

    private static Document plant(Document doc, String kind, DamagePlanter planter,
            Random random, List<PlantedDamage> truth, Map<String, String> repairedTexts) {
        List<Integer> lines = new ArrayList<>();
        for (int line = 2; line <= doc.lineCount(); line++) {
            if (doc.line(line).split(" ").length >= 10) {
                lines.add(line);
            }
        }
        java.util.Collections.shuffle(lines, random);
        for (int line : lines) {
            DamagePlanter.Planted p = planter.plant(doc.line(line), kind);
            if (p == null) {
                continue;
            }
            int start = doc.lineMap().lineStart(line);
            String text = doc.text().substring(0, start) + p.text()
                    + doc.text().substring(doc.lineMap().lineContentEnd(line));
            for (int[] span : p.spans()) {
                truth.add(new PlantedDamage(doc.path(), start + span[0], start + span[1], kind));
            }
            if (p.repaired() != null) {
                repairedTexts.put(doc.path(), doc.text().substring(0, start) + p.repaired()
                        + doc.text().substring(doc.lineMap().lineContentEnd(line)));
            }
            return new Document(doc.path(), text);
        }
        return doc;
    }

    /**
     * Whether the safe fixes give back exactly the text before the damage, for every planted
     * document whose damage has an exact repair (mojibake without lost bytes, entities, NFC).
     */
    private static void exactRepairs(List<Document> planted, List<Finding> findings,
            Map<String, String> repairedTexts) {
        int exact = 0;
        List<String> wrong = new ArrayList<>();
        for (Document doc : planted) {
            String expected = repairedTexts.get(doc.path());
            if (expected == null || expected.contains("&#")) {
                // no exact repair planted, or the source's own entities (real damage) are there
                continue;
            }
            StringBuilder text = new StringBuilder(doc.text());
            List<org.corpuslint.model.TextEdit> edits = new ArrayList<>();
            findings.stream().filter(f -> f.path().equals(doc.path()) && f.fix() != null
                    && f.fix().confidence() == org.corpuslint.model.FixConfidence.SAFE)
                    .forEach(f -> edits.addAll(f.fix().edits()));
            edits.sort((a, b) -> Integer.compare(b.start().offset(), a.start().offset()));
            for (org.corpuslint.model.TextEdit e : edits) {
                text.replace(e.start().offset(), e.end().offset(), e.replacement());
            }
            if (text.toString().equals(expected)) {
                exact++;
            } else if (wrong.size() < 8) {
                int at = 0;
                while (at < expected.length() && at < text.length()
                        && expected.charAt(at) == text.charAt(at)) {
                    at++;
                }
                wrong.add(doc.path() + ": expected '" + visible(expected.substring(at,
                        Math.min(expected.length(), at + 25))) + "', got '"
                        + visible(text.substring(at, Math.min(text.length(), at + 25))) + "'");
            }
        }
        long judged = repairedTexts.values().stream().filter(t -> !t.contains("&#")).count();
        System.out.printf(Locale.ROOT, "  safe fixes restore the text exactly: %d of %d"
                + " documents with an exactly repairable damage%n", exact, judged);
        wrong.forEach(w -> System.out.println("  not restored: " + w));
    }

    private static boolean overlaps(Finding f, PlantedDamage d, List<Document> documents) {
        if (!f.path().equals(d.path())) {
            return false;
        }
        Document doc = documents.stream().filter(x -> x.path().equals(d.path())).findFirst()
                .orElseThrow();
        int start = offset(doc, f.start().line(), f.start().column());
        int end = offset(doc, f.end().line(), f.end().column());
        return start < d.end() && d.start() < end;
    }

    private static int offset(Document doc, int line, int column) {
        return doc.lineMap().lineStart(line) + column - 1;
    }

    private static String text(List<Document> documents, String path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow()
                .text();
    }

    private static List<Finding> lint(List<Document> documents) {
        CorpusProfile profile = new CorpusProfile();
        documents.forEach(profile::add);
        return new CorpusLinter(LintConfig.builder().threads(1).build(), RULES)
                .lintDocuments(documents, profile).findings();
    }

    /** The cost of the shared damage scan, which is the rule's whole cost: warm, best of 5. */
    private static void benchmark(List<Document> documents) {
        long best = Long.MAX_VALUE;
        int damages = 0;
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            damages = 0;
            for (Document d : documents) {
                damages += DocumentAnalyses.TEXT_DAMAGE.compute(d).damages().size();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf(Locale.ROOT, "%ndamage scan of %d documents (%d characters): %.1f ms"
                + " (%.1f µs per document, warm, best of 20 rounds, one thread), %d damages%n",
                documents.size(), chars, best / 1e6, best / 1e3 / documents.size(), damages);
    }

    private static String describe(Finding f) {
        return f.path() + ":" + f.start().line() + ":" + f.start().column() + " " + f.message();
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                    || cp == 0xFFFD) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replace('\n', '⏎');
    }
}
