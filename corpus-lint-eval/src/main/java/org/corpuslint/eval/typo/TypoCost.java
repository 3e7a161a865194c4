package org.corpuslint.eval.typo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.typo.TypoRule;

/**
 * The {@code typo} rule's own CPU time over a corpus folder, on one thread, run several times in
 * one JVM (each run a fresh profile and rule, as a real run; the first also pays for the JIT and
 * the lazily read tables). A rule ahead of it computes the shared analyses the typo rule reads
 * (word tokens, encoding damage, foreign paragraphs), so the figure is the rule's own work, not
 * the analyses' it would otherwise be charged for. Prints, per run, the rule's thread CPU time
 * ({@code ruleCpu}), the analyses' and the SHA-256 of every typo finding (path, position,
 * severity, message, fix), which must not change when only the rule's speed is worked on.
 *
 * <p>Arguments: {@code <corpus folder> [runs, default 3]}.
 */
public final class TypoCost {

    private static final String ANALYSES = "analyses-first";

    private TypoCost() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CorpusLinter linter = new CorpusLinter(LintConfig.builder().threads(1).build(),
                List.of(AnalysesFirst::new, TypoRule::new));
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            LintResult result = linter.lintDirectory(root);
            double wall = (System.nanoTime() - start) / 1e9;
            long typo = result.statistics().ruleCpuNanos().getOrDefault(TypoRule.ID, 0L);
            long analyses = result.statistics().ruleCpuNanos().getOrDefault(ANALYSES, 0L);
            List<Finding> found = new ArrayList<>();
            for (Finding f : result.findings()) {
                if (f.ruleId().equals(TypoRule.ID)) {
                    found.add(f);
                }
            }
            System.out.printf(Locale.ROOT, "run %d: typo %.2f s CPU, analyses %.2f s CPU,"
                    + " %.1f s wall, %d documents, %d typo findings, sha256 %s, load %s%n",
                    run, typo / 1e9, analyses / 1e9, wall, result.documentCount(), found.size(),
                    digest(found), loadAverage());
        }
    }

    private static String digest(List<Finding> findings) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Finding f : findings) {
            String line = f.path() + ":" + f.start() + "-" + f.end() + " " + f.severity() + " "
                    + f.message() + " " + (f.fix() == null ? "" : f.fix().toString()) + "\n";
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Computes the analyses the typo rule reads, so that its own time is measured apart. */
    private static final class AnalysesFirst implements Rule {

        private static final RuleMetadata METADATA = new RuleMetadata(ANALYSES, Severity.INFO,
                "Computes the shared analyses before the typo rule.", "Reports nothing.", "");

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public void check(RuleContext context) {
            context.analysis(DocumentAnalyses.WORD_TOKENS);
            context.analysis(DocumentAnalyses.TEXT_DAMAGE);
            context.analysis(DocumentAnalyses.NOT_ENGLISH);
        }
    }
}
