package org.corpuslint.eval.safety;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriters;
import org.corpuslint.report.SarifReportWriter;
import org.corpuslint.rules.BuiltInRules;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;

/**
 * The workloads of the "Bounded cost per file" figures in {@code docs/safety.md}; run each in
 * its own JVM under {@code /usr/bin/time -v} with {@code -Xmx256m}:
 *
 * <pre>
 * generate FOLDER MEGABYTES      a corpus of invented ~4 KB articles (seeded, with defects)
 * bigfile FOLDER MEGABYTES       one file of that size (articles glued together) in FOLDER
 * check FOLDER OUTPUT [MAXBYTES] check with every rule and every report format
 * sarif FINDINGS OUTPUT          the SARIF writer alone on that many findings
 * </pre>
 */
public final class BoundedCost {

    private static final String[] SYLLABLES = {"har", "bour", "coun", "cil", "min", "is",
        "ter", "fund", "ing", "res", "i", "dent", "wea", "ther", "an", "nounce", "of", "fi",
        "cial", "pro", "ject", "re", "gion", "al", "e", "lec", "tion", "mar", "ket", "port",
        "el", "win", "mor", "row", "bay", "kes", "tel", "dun", "ridge", "val", "ley"};

    private BoundedCost() {}

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]) << 20);
            case "bigfile" -> bigFile(Path.of(args[1]), Long.parseLong(args[2]) << 20);
            case "check" -> check(Path.of(args[1]), Path.of(args[2]),
                    args.length > 3 ? Long.parseLong(args[3]) : LintConfig.DEFAULT_MAX_FILE_SIZE);
            case "sarif" -> sarif(Integer.parseInt(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown workload " + args[0]);
        }
    }

    /** A vocabulary of about 20,000 invented words, drawn with a skew as real words are. */
    private static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(i % 7 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
                    : w.toString());
        }
        return words;
    }

    private static String article(Random random, List<String> words, int n) {
        StringBuilder text = new StringBuilder();
        if (n % 5 != 0) { // every fifth article lacks its date header
            text.append(" date 2024-").append(String.format("%02d-%02d", 1 + n % 12, 1 + n % 28))
                    .append(n % 11 == 0 ? " Share this article" : "").append('\n');
        }
        text.append("Headline ").append(words.get(random.nextInt(200))).append(' ').append(n)
                .append("\n\n");
        // Paragraphs of one to four sentences, one line each, as scraped news is written.
        while (text.length() < 4000) {
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int length = 12 + random.nextInt(14);
                for (int w = 0; w < length; w++) {
                    int index = (int) Math.min(words.size() - 1,
                            Math.abs(random.nextGaussian()) * words.size() / 6);
                    String word = words.get(index);
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                            : word).append(w == length - 1 ? "." : " ");
                }
                text.append(s == sentences - 1 ? "\n\n" : " ");
            }
        }
        if (n % 13 == 0) {
            text.append("Sign up for our newsletter\n");
        }
        return text.toString();
    }

    private static void generate(Path folder, long bytes) throws IOException {
        Random random = new Random(12);
        List<String> words = vocabulary(random);
        long written = 0;
        for (int n = 0; written < bytes; n++) {
            Path file = folder.resolve(String.format("outlet-%02d/article-%06d.txt", n % 30, n));
            Files.createDirectories(file.getParent());
            byte[] content = article(random, words, n).getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
            written += content.length;
        }
        System.out.printf("wrote %,d bytes%n", written);
    }

    private static void bigFile(Path folder, long bytes) throws IOException {
        Random random = new Random(13);
        List<String> words = vocabulary(random);
        Files.createDirectories(folder);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("big.txt"))) {
            for (int n = 1; written < bytes; n++) {
                String article = article(random, words, n);
                out.write(article);
                written += article.length();
            }
        }
        System.out.printf("wrote %,d bytes%n", written);
    }

    private static void check(Path corpus, Path output, long maxFileSize) {
        LintConfig config = LintConfig.builder().maxFileSize(maxFileSize).build();
        long start = System.nanoTime();
        CheckOutcome outcome = new CheckExecutor().execute(new CheckRequest(corpus, config,
                output, ReportWriters.formats(), Severity.ERROR));
        System.out.printf("%,d documents, %,d findings, %,d ms%n",
                outcome.result().documentCount(), outcome.result().findings().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void sarif(int count, Path output) {
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String path = String.format("outlet-%02d/article-%06d.txt", i % 30, i / 10);
            Position start = new Position(3 + i % 40, 1 + i % 60, 100 + i % 2000);
            Position end = new Position(start.line(), start.column() + 8, start.offset() + 8);
            Fix fix = i % 2 == 0 ? Fix.of("replace with 'harbour'",
                    new TextEdit(start, end, "harbour")) : null;
            findings.add(new Finding("typo", Severity.WARNING, path, start, end,
                    "'harbuor' may be a misspelling of 'harbour' (" + i + ")", fix));
        }
        List<RuleMetadata> rules = new ArrayList<>();
        rules.addAll(BuiltInRules.catalog().descriptors());
        LintResult result = new LintResult(findings, count / 10, rules);
        long start = System.nanoTime();
        ReportWriters.write(result, new ReportContext(null), List.of(new SarifReportWriter()),
                output);
        System.out.printf("%,d findings to SARIF in %,d ms%n", count,
                (System.nanoTime() - start) / 1_000_000);
    }
}
