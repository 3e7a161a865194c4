package org.corpuslint.eval.typo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.model.Finding;
import org.corpuslint.rules.typo.TypoRule;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * Plants realistic errors into the clean corpus (news-dev by default), one per document, and
 * measures the {@code typo} rule on them:
 * <ol>
 *   <li>misspellings of names whose correct form occurs elsewhere in the corpus (a letter
 *       left out, two swapped, a neighbouring key, a letter doubled or added);</li>
 *   <li>common misspellings from codespell's public list ({@code dictionary.txt}, CC BY-SA 3.0,
 *       read from the installed Debian package {@code codespell});</li>
 *   <li>real-word slips: a name that occurs four or more times in an article replaced once by a
 *       dictionary word one edit away.</li>
 * </ol>
 * A planted error is found when a finding covers it; its suggestion is correct when the fix,
 * or the first word the message proposes, is the original word. Findings that the rule also
 * gives on the clean corpus are not counted (they are listed by {@link TypoFindings}); any
 * other finding is a false positive. Prints recall, precision and correct-suggestion rate per
 * kind, and checks {@code ../shared/seeds} when present.
 */
public final class TypoEvaluation {

    /** The planting seed; {@code -Dtypo.eval.seed=N} draws another sample. */
    static final long SEED = Long.getLong("typo.eval.seed", 20_241_201L);
    static final int PLANTS_PER_KIND = 300;
    static final Path CODESPELL = Path.of(
            "/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt");
    private static final Pattern PROPOSED = Pattern.compile("(?:close to|did you mean|run together:) '([^']+)'");

    private final List<Document> clean;
    private final EnglishWords english = new EnglishWords();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Set<String> baseline = new HashSet<>();
    /** Each planted misspelling is used once, so none becomes the corpus's own spelling. */
    private final Set<String> used = new HashSet<>();

    private TypoEvaluation(List<Document> clean) {
        this.clean = clean;
        for (Document d : clean) {
            Set<String> seen = new HashSet<>();
            for (Token t : WordTokenizer.tokenize(d.text())) {
                if (seen.add(t.text())) {
                    documentFrequency.merge(t.text(), 1, Integer::sum);
                }
            }
        }
        for (Finding f : lint(clean)) {
            baseline.add(key(f.path(), covered(byPath(clean).get(f.path()), f)));
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = CleanCorpus.locateOrExit();
        TypoEvaluation eval = new TypoEvaluation(CleanCorpus.load(root));
        System.out.printf(Locale.ROOT, "corpus %s: %d documents, %d typo findings before"
                + " planting (not counted below); seed %d%n", root, eval.clean.size(),
                eval.baseline.size(), SEED);
        boolean ok = true;
        ok &= eval.report("(a) name misspellings", eval.plant("name", eval::nameMisspelling),
                0.95);
        if (Files.isRegularFile(CODESPELL)) {
            Map<String, List<String>> common = readCodespell();
            ok &= eval.report("(b) common misspellings (codespell)",
                    eval.plant("common", (doc, random) -> eval.commonMisspelling(doc, random,
                            common)), 0.95);
        } else {
            System.out.println("(b) skipped: codespell's list is not installed at " + CODESPELL
                    + " (apt-get install codespell)");
            ok = false;
        }
        ok &= eval.report("(c) real-word slips of dominant names",
                eval.plant("slip", eval::realWordSlip), 0.50);
        ok &= checkSeeds(root);
        System.out.println(ok ? "all targets met" : "TARGETS MISSED");
    }

    // --- planting ---

    private List<Plant> plant(String kind, BiFunction<Document, Random, Plant> planter) {
        Random random = new Random(SEED + kind.hashCode());
        List<Document> order = new ArrayList<>(clean);
        Collections.shuffle(order, random);
        List<Plant> plants = new ArrayList<>();
        for (Document d : order) {
            if (plants.size() >= PLANTS_PER_KIND) {
                break;
            }
            Plant p = planter.apply(d, random);
            if (p != null) {
                plants.add(p);
            }
        }
        return plants;
    }

    /** A name (capitalised, used in two or more documents, never in lower case) misspelled. */
    private Plant nameMisspelling(Document doc, Random random) {
        List<Token> names = new ArrayList<>();
        for (Token t : WordTokenizer.tokenize(doc.text())) {
            String w = t.text();
            if (w.length() >= 5 && w.chars().allMatch(Character::isLetter) && t.isCapitalized()
                    && !w.equals(w.toUpperCase(Locale.ROOT))
                    && documentFrequency.getOrDefault(w, 0) >= 2
                    && !documentFrequency.containsKey(w.toLowerCase(Locale.ROOT))) {
                names.add(t);
            }
        }
        return replaceOne(doc, names, random, "name", w -> Misspellings.typo(w, random));
    }

    /** A word of the article replaced by one of codespell's misspellings of it. */
    private Plant commonMisspelling(Document doc, Random random,
            Map<String, List<String>> misspellings) {
        List<Token> words = new ArrayList<>();
        for (Token t : WordTokenizer.tokenize(doc.text())) {
            if (misspellings.containsKey(t.text())) {
                words.add(t);
            }
        }
        return replaceOne(doc, words, random, "common", w -> {
            List<String> options = misspellings.get(w);
            return options.get(random.nextInt(options.size()));
        });
    }

    /** A name used four or more times in the article replaced once by a real word one edit away. */
    private Plant realWordSlip(Document doc, Random random) {
        Map<String, List<Token>> byName = new LinkedHashMap<>();
        for (Token t : WordTokenizer.tokenize(doc.text())) {
            String w = t.text();
            if (w.length() >= 4 && t.isCapitalized() && w.chars().allMatch(Character::isLetter)
                    && !w.equals(w.toUpperCase(Locale.ROOT))
                    && !documentFrequency.containsKey(w.toLowerCase(Locale.ROOT))) {
                byName.computeIfAbsent(w, k -> new ArrayList<>()).add(t);
            }
        }
        List<String> names = new ArrayList<>();
        byName.forEach((w, uses) -> {
            if (uses.size() >= 4) {
                names.add(w);
            }
        });
        Collections.shuffle(names, random);
        for (String name : names) {
            List<String> slips = new ArrayList<>();
            for (String variant : oneEditVariants(name)) {
                if (english.isWord(variant) && !byName.containsKey(variant)
                        && !doc.text().contains(variant) && !used.contains(variant)) {
                    slips.add(variant);
                }
            }
            if (!slips.isEmpty()) {
                List<Token> uses = byName.get(name);
                Token t = uses.get(1 + random.nextInt(uses.size() - 1));
                String slip = slips.get(random.nextInt(slips.size()));
                used.add(slip);
                return new Plant("slip", doc.path(), t.start(), name, slip);
            }
        }
        return null;
    }

    private Plant replaceOne(Document doc, List<Token> candidates, Random random, String kind,
            java.util.function.Function<String, String> misspell) {
        if (candidates.isEmpty()) {
            return null;
        }
        Token t = candidates.get(random.nextInt(candidates.size()));
        for (int attempt = 0; attempt < 20; attempt++) {
            String wrong = misspell.apply(t.text());
            if (!wrong.equals(t.text()) && !english.isWord(wrong)
                    && !documentFrequency.containsKey(wrong) && used.add(wrong)) {
                return new Plant(kind, doc.path(), t.start(), t.text(), wrong);
            }
        }
        return null;
    }

    private static List<String> oneEditVariants(String name) {
        List<String> out = new ArrayList<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 1; i < name.length(); i++) {
            out.add(name.substring(0, i) + name.substring(i + 1));
            for (char c : letters.toCharArray()) {
                out.add(name.substring(0, i) + c + name.substring(i + 1));
                out.add(name.substring(0, i) + c + name.substring(i));
            }
            if (i + 1 < name.length()) {
                out.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i)
                        + name.substring(i + 2));
            }
        }
        return out;
    }

    // --- scoring ---

    private boolean report(String title, List<Plant> plants, double recallTarget) {
        Map<String, Document> planted = new LinkedHashMap<>(byPath(clean));
        Map<String, Plant> plantByPath = new HashMap<>();
        for (Plant p : plants) {
            Document d = planted.get(p.path());
            String text = d.text();
            planted.put(p.path(), new Document(p.path(), text.substring(0, p.start())
                    + p.planted() + text.substring(p.start() + p.original().length())));
            plantByPath.put(p.path(), p);
        }
        List<Finding> findings = lint(new ArrayList<>(planted.values()));
        int found = 0;
        int falsePositives = 0;
        int correct = 0;
        Set<String> hit = new HashSet<>();
        List<String> misses = new ArrayList<>();
        List<String> wrongSuggestions = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Finding f : findings) {
            Plant p = plantByPath.get(f.path());
            if (p != null && f.start().offset() <= p.start() && f.end().offset() >= p.end()) {
                if (hit.add(p.path())) {
                    found++;
                    String suggestion = suggestion(f);
                    if (p.original().equals(suggestion)) {
                        correct++;
                    } else {
                        wrongSuggestions.add(p.planted() + " -> " + suggestion + " (meant "
                                + p.original() + ")");
                    }
                }
            } else if (!baseline.contains(key(f.path(), covered(planted.get(f.path()), f)))) {
                falsePositives++;
                falseAlarms.add(f.path() + ": " + f.message());
            }
        }
        for (Plant p : plants) {
            if (!hit.contains(p.path())) {
                misses.add(p.planted() + " (for " + p.original() + ", " + p.path() + ": '"
                        + context(planted.get(p.path()).text(), p) + "')");
            }
        }
        Score score = new Score(found, falsePositives, plants.size() - found);
        double suggestionRate = found == 0 ? 1.0 : (double) correct / found;
        boolean met = score.recall() >= recallTarget && score.precision() >= 0.90
                && suggestionRate >= 0.90;
        System.out.printf(Locale.ROOT, "%s: %d planted; %s; correct suggestion %.1f%% (%d/%d)"
                + " [targets: recall >= %.0f%%, precision >= 90%%, suggestion >= 90%%: %s]%n",
                title, plants.size(), score.summary(), 100 * suggestionRate, correct, found,
                100 * recallTarget, met ? "met" : "MISSED");
        printBreakdown(plants, hit, planted);
        printSome("missed", misses);
        printSome("wrong suggestion", wrongSuggestions);
        printSome("false positive", falseAlarms);
        return met;
    }

    /**
     * Recall by the shape of the error, to show where the misses lie: how many edits the
     * misspelling is from the original (the rule promises one, two for words of 8+ letters),
     * and for names whether the token stands beside another capitalised word (part of a full
     * name, where a variant is as often another person).
     */
    private static void printBreakdown(List<Plant> plants, Set<String> hit,
            Map<String, Document> planted) {
        Map<String, int[]> byShape = new java.util.TreeMap<>();
        for (Plant p : plants) {
            int edits = Math.min(3, editDistance(p.original(), p.planted()));
            String shape = (edits == 3 ? "3+" : String.valueOf(edits)) + " edit(s)";
            if (!p.kind().equals("common")) {
                shape += besideCapitalisedWord(planted.get(p.path()).text(), p)
                        ? ", beside a capitalised word" : ", standing alone";
            }
            int[] n = byShape.computeIfAbsent(shape, k -> new int[2]);
            n[0]++;
            if (hit.contains(p.path())) {
                n[1]++;
            }
        }
        byShape.forEach((shape, n) -> System.out.printf(Locale.ROOT,
                "    %s: %d/%d found (%.1f%%)%n", shape, n[1], n[0], 100.0 * n[1] / n[0]));
    }

    /** The planted word with a few words either side, on one line. */
    private static String context(String text, Plant p) {
        int from = Math.max(0, p.start() - 30);
        int to = Math.min(text.length(), p.start() + p.planted().length() + 30);
        return text.substring(from, to).replaceAll("\\s+", " ");
    }

    private static boolean besideCapitalisedWord(String text, Plant p) {
        int end = p.start() + p.planted().length();
        Matcher before = Pattern.compile("\\p{Lu}\\p{L}+ $").matcher(
                text.substring(Math.max(0, p.start() - 40), p.start()));
        Matcher after = Pattern.compile("^ \\p{Lu}\\p{L}+").matcher(
                text.substring(end, Math.min(text.length(), end + 40)));
        return before.find() || after.find();
    }

    /** Optimal string alignment distance, case-insensitive. */
    static int editDistance(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static void printSome(String label, List<String> items) {
        for (int i = 0; i < Math.min(items.size(), Integer.getInteger("typo.eval.show", 12)); i++) {
            System.out.println("    " + label + ": " + items.get(i));
        }
        if (items.size() > Integer.getInteger("typo.eval.show", 12)) {
            System.out.println("    ... " + (items.size() - Integer.getInteger("typo.eval.show", 12)) + " more " + label);
        }
    }

    /** The fix's replacement, or else the first word the message proposes. */
    static String suggestion(Finding f) {
        if (f.fix() != null) {
            return f.fix().edits().get(0).replacement();
        }
        Matcher m = PROPOSED.matcher(f.message());
        return m.find() ? m.group(1) : null;
    }

    // --- seeds ---

    private static boolean checkSeeds(Path corpusRoot) {
        Path seeds = corpusRoot.getParent().getParent().resolve("seeds");
        if (!Files.isDirectory(seeds)) {
            System.out.println("seeds: " + seeds + " not found, skipped");
            return true;
        }
        List<Finding> findings = new CorpusLinter(LintConfig.builder().build(),
                List.of(TypoRule::new)).lintDirectory(seeds).findings();
        List<String> got = new ArrayList<>();
        for (Finding f : findings) {
            got.add(covered(byPath(CleanCorpus.load(seeds)).get(f.path()), f) + "->"
                    + suggestion(f));
        }
        Collections.sort(got);
        List<String> expected = List.of("Koran->Korean", "Pyonyang->Pyongyang", "Rodog->Rodong");
        boolean ok = got.equals(expected);
        System.out.println("seeds: " + findings.size() + " typo findings " + got
                + (ok ? " (exactly the three expected)" : " EXPECTED " + expected));
        return ok;
    }

    // --- helpers ---

    private static List<Finding> lint(List<Document> documents) {
        return new CorpusLinter(LintConfig.builder().build(), List.of(TypoRule::new))
                .lintDocuments(documents, null).findings().stream()
                .filter(f -> f.ruleId().equals(TypoRule.ID)).toList();
    }

    private static Map<String, Document> byPath(List<Document> documents) {
        Map<String, Document> map = new LinkedHashMap<>();
        documents.forEach(d -> map.put(d.path(), d));
        return map;
    }

    private static String covered(Document d, Finding f) {
        return d.text().substring(f.start().offset(), f.end().offset());
    }

    private static String key(String path, String text) {
        return path + "\t" + text;
    }

    /** codespell's single-correction entries for lower-case words, by correct word. */
    private static Map<String, List<String>> readCodespell() throws IOException {
        Map<String, List<String>> byCorrect = new HashMap<>();
        for (String line : Files.readAllLines(CODESPELL)) {
            int arrow = line.indexOf("->");
            if (arrow < 0) {
                continue;
            }
            String wrong = line.substring(0, arrow).strip();
            String right = line.substring(arrow + 2).strip();
            if (right.contains(",") || !wrong.matches("[a-z]{3,}") || !right.matches("[a-z]{4,}")) {
                continue;
            }
            byCorrect.computeIfAbsent(right, k -> new ArrayList<>()).add(wrong);
        }
        return byCorrect;
    }
}
