package org.corpuslint.eval.date;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.eval.common.Score;
import org.corpuslint.eval.duplicate.DuplicateEvaluation;
import org.corpuslint.model.Finding;
import org.corpuslint.rules.date.DateConsistencyRule;

/**
 * Measures {@code date-consistency} on one half of the clean corpus at a time (even-numbered
 * files: tuning half; odd-numbered: untouched). Every article gets a header date; a sample gets
 * a date statement written the ways outlets write them (a publication line, an update line, a
 * wire dateline, a dateline naming a weekday), half of them contradicting the header (planted
 * conflicts) and half agreeing with it, within the tolerance or (updates) later (which must stay
 * quiet). Recall per kind, precision, and whether the fix offers the stated date. Then
 * copies of real articles dated apart ({@link CopyDateEvaluation}).
 * {@code -Dseed=N}, {@code -Dverbose=true}.
 */
public final class DateEvaluation {

    private static final int PLANTED = 240;

    enum Kind { PUBLISHED_LINE, UPDATED_LINE, DATELINE, DATELINE_WEEKDAY }

    private record Plant(Kind kind, boolean conflict, int line, LocalDate stated) {}

    private static final String[] CITIES = {"LONDON", "MOSCOW", "WASHINGTON", "NEW YORK",
        "PARIS", "TOKYO", "NAIROBI", "SYDNEY", "BRUSSELS", "BEIJING", "ST. LOUIS"};
    private static final String[] AGENCIES = {"(Reuters) -", "(AP) —", "(AFP) -", "—", "-"};

    private DateEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path root = CleanCorpus.locateOrExit();
        List<String> chrome = DuplicateEvaluation.chromeLines(root);
        long seed = Long.getLong("seed", 1L);
        boolean verbose = Boolean.getBoolean("verbose");
        List<Document> all = CleanCorpus.load(root);
        for (String half : List.of("tuning", "untouched")) {
            List<Document> docs = CleanCorpus.half(all, half.equals("tuning") ? 0 : 1);
            System.out.printf(Locale.ROOT, "== %s half of %s: %d articles, seed %d%n", half,
                    root, docs.size(), seed);
            run(docs, new Random(seed), verbose);
            System.out.println("  copies dated apart:");
            CopyDateEvaluation.run(docs, chrome, seed, verbose);
        }
    }

    private static void run(List<Document> docs, Random random, boolean verbose) {
        List<Document> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, random);
        Map<String, Plant> plants = new HashMap<>();
        List<Document> corpus = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < shuffled.size(); i++) {
            Document doc = shuffled.get(i);
            LocalDate header = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(700));
            String body = doc.text();
            if (i >= PLANTED) {
                corpus.add(new Document(doc.path(), " date " + header + "\n" + body));
                continue;
            }
            Kind kind = kinds[i % kinds.length];
            boolean conflict = (i / kinds.length) % 2 == 0;
            int shift = conflict ? (2 + random.nextInt(400)) * (random.nextBoolean() ? 1 : -1)
                    : random.nextInt(3) - 1;
            if (kind == Kind.UPDATED_LINE) {
                shift = conflict ? -(2 + random.nextInt(400)) : random.nextInt(30);
            }
            if (kind == Kind.DATELINE_WEEKDAY) {
                shift = 0;
            } else if (kind == Kind.DATELINE && conflict) {
                // A dateline has no year: it is read in the year nearest the header, so a
                // conflict is knowable within half a year.
                shift = (2 + random.nextInt(150)) * (random.nextBoolean() ? 1 : -1);
            }
            LocalDate stated = header.plusDays(shift);
            String[] lines = body.split("\n", -1);
            List<String> out = new ArrayList<>();
            out.add(" date " + header);
            int plantedLine;
            switch (kind) {
                case PUBLISHED_LINE, UPDATED_LINE -> {
                    out.add(lines[0]);
                    out.add(statementLine(kind, stated, random));
                    plantedLine = 3;
                    for (int k = 1; k < lines.length; k++) {
                        out.add(lines[k]);
                    }
                }
                default -> {
                    int paragraph = firstParagraph(lines);
                    String city = CITIES[random.nextInt(CITIES.length)];
                    String agency = AGENCIES[random.nextInt(AGENCIES.length)];
                    String when = monthDay(stated, random);
                    if (kind == Kind.DATELINE_WEEKDAY) {
                        LocalDate named = conflict ? stated.plusDays(1 + random.nextInt(6))
                                : stated;
                        when = named.getDayOfWeek().getDisplayName(TextStyle.FULL,
                                Locale.ENGLISH) + ", " + when;
                    }
                    for (int k = 0; k < lines.length; k++) {
                        out.add(k == paragraph ? city + ", " + when + " " + agency + " "
                                + lines[k] : lines[k]);
                    }
                    plantedLine = paragraph + 2;
                }
            }
            plants.put(doc.path(), new Plant(kind, conflict, plantedLine, stated));
            corpus.add(new Document(doc.path(), String.join("\n", out)));
        }

        LintConfig config = LintConfig.builder().threads(1).build();
        long started = System.nanoTime();
        List<Finding> all = new CorpusLinter(config, List.of(DateConsistencyRule::new))
                .lintDocuments(corpus, null).findings();
        double seconds = (System.nanoTime() - started) / 1e9;
        // The half's own copies of one story got unrelated random dates here: their findings
        // are right, and measured with planted dates by CopyDateEvaluation, not here.
        List<Finding> findings = all.stream().filter(f -> !isAboutACopy(f)).toList();
        System.out.printf(Locale.ROOT, "    (the half's own copies, dated at random here: %d"
                + " findings comparing copies, left out)%n", all.size() - findings.size());

        Map<Kind, Score> byKind = new EnumMap<>(Kind.class);
        Map<String, List<Finding>> byPath = new HashMap<>();
        findings.forEach(f -> byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
        int rightFixes = 0;
        int fixable = 0;
        List<String> alarms = new ArrayList<>();
        for (Map.Entry<String, Plant> e : plants.entrySet()) {
            Plant plant = e.getValue();
            List<Finding> there = byPath.getOrDefault(e.getKey(), List.of());
            boolean hit = there.stream().anyMatch(f -> f.start().line() == plant.line());
            int falseHere = (int) there.stream().filter(f -> !plant.conflict()
                    || f.start().line() != plant.line()).count();
            byKind.merge(plant.kind(), new Score(plant.conflict() && hit ? 1 : 0, falseHere,
                    plant.conflict() && !hit ? 1 : 0), Score::plus);
            there.stream().filter(f -> !plant.conflict() || f.start().line() != plant.line())
                    .forEach(f -> alarms.add(f.path() + ":" + f.start().line() + " "
                            + f.message()));
            if (plant.conflict() && hit && (plant.kind() == Kind.PUBLISHED_LINE
                    || plant.kind() == Kind.DATELINE)) {
                fixable++;
                boolean right = there.stream().anyMatch(f -> f.fix() != null
                        && f.fix().edits().get(0).replacement().equals(plant.stated().toString()));
                rightFixes += right ? 1 : 0;
                if (verbose && !right) {
                    System.out.println("    no right fix: " + plant + " " + there);
                }
            }
            if (verbose && plant.conflict() && !hit) {
                System.out.println("    missed " + plant + " " + e.getKey());
            }
        }
        int elsewhere = 0;
        for (Finding f : findings) {
            if (!plants.containsKey(f.path())) {
                elsewhere++;
                alarms.add(f.path() + ":" + f.start().line() + " " + f.message());
            }
        }
        Score total = new Score(0, elsewhere, 0);
        for (Kind kind : Kind.values()) {
            Score score = byKind.getOrDefault(kind, new Score(0, 0, 0));
            total = total.plus(score);
            System.out.printf(Locale.ROOT, "    %-17s %s%n", kind, score.summary());
        }
        System.out.printf(Locale.ROOT, "  %d articles with a header, %d with a planted statement"
                + " (half contradicting it): %s; %.2f s%n", corpus.size(), plants.size(),
                total.summary(), seconds);
        System.out.printf(Locale.ROOT, "  fix offers the stated date: %d of %d found publication"
                + " and dateline conflicts%n", rightFixes, fixable);
        alarms.forEach(a -> System.out.println("    false alarm: " + a));
    }

    private static boolean isAboutACopy(Finding finding) {
        return finding.message().endsWith("an exact copy of this text")
                || finding.message().contains("the canonical copy of this near-duplicate");
    }

    private static int firstParagraph(String[] lines) {
        for (int k = 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return 0;
    }

    private static String monthDay(LocalDate date, Random random) {
        return random.nextBoolean()
                ? date.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
    }

    private static String statementLine(Kind kind, LocalDate date, Random random) {
        String[] published = {"Published On %s", "Published: %s", "Posted %s", "%s",
            "First published on %s", "Published 10:42 GMT, %s"};
        String[] updated = {"Updated %s", "Last updated: %s", "Updated 18:05 BST, %s"};
        String[] styles = {"d MMM yyyy", "MMMM d, yyyy", "d MMMM yyyy", "yyyy-MM-dd",
            "MMM. d, yyyy"};
        String form = (kind == Kind.UPDATED_LINE ? updated : published)[random.nextInt(
                kind == Kind.UPDATED_LINE ? updated.length : published.length)];
        String style = styles[random.nextInt(styles.length)];
        return String.format(Locale.ROOT, form,
                date.format(DateTimeFormatter.ofPattern(style, Locale.ENGLISH)));
    }
}
