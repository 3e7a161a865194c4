package org.corpuslint.eval.fix;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.fix.CorpusFixer;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;

/**
 * {@code fix} on a large generated corpus, to measure its memory: run under
 * {@code /usr/bin/time -v} with {@code -Xmx256m} and read the peak resident size. Two steps:
 *
 * <pre>{@code
 * java -cp … org.corpuslint.eval.fix.FixMemoryBenchmark generate /tmp/big 200
 * java -Xmx256m -cp … org.corpuslint.eval.fix.FixMemoryBenchmark fix /tmp/big [dry-run]
 * }</pre>
 *
 * The generated articles are made of a small built-in vocabulary (no corpus text), and every one
 * carries safe fixes: a day-first header date, a credit line doubled, and in every third
 * article page chrome glued to the header. So {@code fix} rewrites every file.
 */
public final class FixMemoryBenchmark {

    private static final String[] WORDS = ("the council said on monday that new ferry services"
            + " would start in spring after months of talks with local residents and harbour"
            + " staff who had asked for more sailings during the summer season while the"
            + " operator warned that fuel costs and repairs to the old pier could delay plans"
            + " for a second boat until next year when funding from the regional government is"
            + " expected to arrive together with a report on passenger numbers prices and the"
            + " condition of roads leading to the terminal where traffic builds up every"
            + " morning as workers travel to offices shops schools and the hospital").split(" ");
    private static final int ARTICLE_BYTES = 4_000;

    private FixMemoryBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]) * 1_000_000L);
        } else if (args.length >= 2 && args[0].equals("fix")) {
            fix(Path.of(args[1]), args.length > 2 && args[2].equals("dry-run"));
        } else {
            System.err.println("usage: generate DIR MEGABYTES | fix DIR [dry-run]");
            System.exit(2);
        }
    }

    private static void generate(Path root, long bytes) throws IOException {
        Random random = new Random(12);
        long written = 0;
        int n = 0;
        while (written < bytes) {
            Path file = root.resolve(String.format("outlet-%02d/article-%06d.txt", n % 20, n));
            Files.createDirectories(file.getParent());
            String text = article(random, n++);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(text);
            }
            written += text.length();
        }
        System.out.printf("generated %,d articles, %,d bytes, under %s%n", n, written, root);
    }

    private static String article(Random random, int n) {
        StringBuilder text = new StringBuilder(ARTICLE_BYTES + 200);
        // Day 13-28: day-first for certain, so the rewrite is safe.
        text.append(String.format(" date %02d/%02d/2024", 13 + n % 16, 1 + n % 12));
        text.append(n % 3 == 0 ? " Share this article\n" : "\n");
        text.append(sentence(random, 6).replace(".", "")).append("\n\n");
        while (text.length() < ARTICLE_BYTES) {
            for (int s = 0, count = 3 + random.nextInt(4); s < count; s++) {
                text.append(sentence(random, 8 + random.nextInt(14))).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        text.append("Photograph: Harbour Desk\nPhotograph: Harbour Desk\n");
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                    .append(i + 1 < words ? " " : ".");
        }
        return s.toString();
    }

    private static void fix(Path root, boolean dryRun) {
        LintConfig config = LintConfig.builder()
                .ruleOption("missing-date", "referenceDate", "2024-12-31").build();
        AtomicLong diffChars = new AtomicLong();
        long start = System.nanoTime();
        FixOutcome outcome = new CorpusFixer(config, FixOptions.ALL_RULES.withDryRun(dryRun))
                .fix(root, file -> diffChars.addAndGet(file.diff().length()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%s%n%,d ms, %d threads, diffs %,d characters, max heap %,d MB%n",
                outcome.summary(), millis, config.threads(), diffChars.get(),
                runtime.maxMemory() / 1_000_000);
    }
}
