package org.corpuslint.eval.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rules.language.LanguageRule;

/**
 * Recall and precision of the {@code language} rule on real foreign-language paragraphs
 * ({@link TranslationCatalogs}) planted into real English articles: a run of one to three
 * paragraphs replaced, or a whole body replaced; and, as hard negatives that must stay quiet,
 * a short foreign sentence or a line of foreign names added on a line of its own. Per half of
 * the clean corpus (even-numbered documents tuned on, odd-numbered untouched), with the clean
 * corpus's own findings printed for a person to judge, and the rule's start-up and run time.
 * Argument: the seed (default 1).
 */
public final class LanguageEvaluation {

    private static final String[] LANGUAGES = {"de", "fr", "es", "it", "nl", "pt", "pl", "sv",
        "da", "fi", "cs", "hu", "ro", "tr", "ru"};
    private static final List<Supplier<Rule>> RULES = List.of(LanguageRule::new);

    private LanguageEvaluation() {}

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long loadStart = System.nanoTime();
        lint(List.of(new Document("warm-up.txt", "Warm up.")));
        System.out.printf(Locale.ROOT, "start-up (identifier profiles loaded, first document):"
                + " %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            List<String> sentences = TranslationCatalogs.sentences(language);
            if (sentences.size() >= 30) {
                foreign.put(language, sentences);
            }
        }
        System.out.println("foreign sentences from " + TranslationCatalogs.root() + ": "
                + foreign.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                        .toList());
        List<Document> clean = CleanCorpus.load(CleanCorpus.locateOrExit());
        for (int half = 0; half < 2; half++) {
            List<Document> part = CleanCorpus.half(clean, half);
            long start = System.nanoTime();
            List<Finding> findings = lint(part);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "%n%s half, clean: %d findings in %d documents"
                    + " (%.2f per 100), %d ms on one thread%n", name(half), findings.size(),
                    part.size(), 100.0 * findings.size() / part.size(), ms);
            findings.forEach(f -> System.out.println("  " + describe(f)));
        }
        for (int half = 0; half < 2; half++) {
            evaluate(CleanCorpus.half(clean, half), foreign, new Random(seed * 17 + half), name(half), seed);
        }
    }

    private static String name(int half) {
        return half == 0 ? "tuning" : "untouched";
    }

    /** A planted run: its document, its lines and its language; negative when it must stay quiet. */
    private record Plant(String path, int firstLine, int lastLine, String language,
            boolean negative) {}

    private static void evaluate(List<Document> documents, Map<String, List<String>> foreign,
            Random random, String name, long seed) {
        List<String> languages = new ArrayList<>(foreign.keySet());
        List<Document> planted = new ArrayList<>();
        List<Plant> truth = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document doc = documents.get(i);
            String language = languages.get(random.nextInt(languages.size()));
            List<String> sentences = foreign.get(language);
            List<String> lines = new ArrayList<>(List.of(doc.text().split("\n", -1)));
            List<Integer> body = new ArrayList<>();
            for (int k = 2; k < lines.size(); k++) {
                if (!lines.get(k).isBlank()) {
                    body.add(k);
                }
            }
            if (body.size() < 4) {
                planted.add(doc);
                continue;
            }
            switch (i % 4) {
                case 0 -> { // a run of one to three paragraphs
                    int count = 1 + random.nextInt(3);
                    int first = random.nextInt(body.size() - count);
                    for (int k = 0; k < count; k++) {
                        lines.set(body.get(first + k), paragraph(sentences, random));
                    }
                    truth.add(new Plant(doc.path(), body.get(first) + 1,
                            body.get(first + count - 1) + 1, language, false));
                }
                case 1 -> { // the whole document
                    for (int k : body) {
                        lines.set(k, paragraph(sentences, random));
                    }
                    lines.set(0, sentences.get(random.nextInt(sentences.size())));
                    truth.add(new Plant(doc.path(), 1, lines.size(), language, false));
                }
                case 2 -> { // a short foreign sentence on its own line: must stay quiet
                    String shortLine = shortSentence(sentences, random);
                    int at = body.get(1 + random.nextInt(body.size() - 1));
                    lines.add(at, "");
                    lines.add(at, shortLine);
                    truth.add(new Plant(doc.path(), at + 1, at + 1, language, true));
                }
                default -> { } // left as it is
            }
            planted.add(new Document(doc.path(), String.join("\n", lines)));
        }
        List<Finding> findings = lint(planted);
        int found = 0;
        int rightLanguage = 0;
        int missed = 0;
        List<String> misses = new ArrayList<>();
        for (Plant p : truth) {
            if (p.negative()) {
                continue;
            }
            List<Finding> hits = findings.stream().filter(f -> hits(f, p)).toList();
            if (hits.isEmpty()) {
                missed++;
                if (misses.size() < 12) {
                    misses.add(p.language() + " " + p.path() + ":" + p.firstLine() + "-"
                            + p.lastLine());
                }
            } else {
                found++;
                if (hits.get(0).message().contains("(" + p.language() + ")")) {
                    rightLanguage++;
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        int falsePositives = 0;
        for (Finding f : findings) {
            if (truth.stream().noneMatch(p -> !p.negative() && hits(f, p))) {
                falsePositives++;
                wrong.add(describe(f));
            }
        }
        Score score = new Score(found, falsePositives, missed);
        long negatives = truth.stream().filter(Plant::negative).count();
        System.out.printf(Locale.ROOT, "%nplanted, %s half, seed %d: %s; language named right in"
                + " %d of %d found; %d short foreign lines planted as must-stay-quiet%n", name,
                seed, score.summary(), rightLanguage, found, negatives);
        misses.forEach(m -> System.out.println("  missed: " + m));
        wrong.stream().limit(20).forEach(w -> System.out.println("  false: " + w));
    }

    private static boolean hits(Finding f, Plant p) {
        return f.path().equals(p.path()) && f.start().line() <= p.lastLine()
                && f.end().line() >= p.firstLine();
    }

    /** One to four sentences of one catalog language, as one paragraph. */
    private static String paragraph(List<String> sentences, Random random) {
        int count = 1 + random.nextInt(4);
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(sentences.get(random.nextInt(sentences.size())));
        }
        return String.join(" ", picked);
    }

    /** The first five words or fewer of a sentence, as a short quoted line. */
    private static String shortSentence(List<String> sentences, Random random) {
        String[] words = sentences.get(random.nextInt(sentences.size())).split("\\s+");
        List<String> first = new ArrayList<>(List.of(words).subList(0, Math.min(5, words.length)));
        Collections.addAll(first);
        return "\u201C" + String.join(" ", first).replaceAll("[.,;:]$", "") + "\u201D";
    }

    private static List<Finding> lint(List<Document> documents) {
        CorpusProfile profile = new CorpusProfile();
        documents.forEach(profile::add);
        return new CorpusLinter(LintConfig.builder().threads(1).build(), RULES)
                .lintDocuments(documents, profile).findings();
    }

    private static String describe(Finding f) {
        return f.path() + ":" + f.start().line() + "-" + f.end().line() + " " + f.message();
    }
}
