package org.corpuslint.eval.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rules.BuiltInRules;

/**
 * The CPU time of chosen rules over a corpus folder, on one thread, run several times in one JVM
 * (each run a fresh profile and rules, as a real run; the first also pays for the JIT). Prints,
 * per run, each rule's thread CPU time ({@code ruleCpu}: the first rule to ask for a shared
 * analysis is charged for it; the profile pass is not in it) and a SHA-256
 * of every finding (path, position, rule, severity, message, fix), which must not change when
 * only speed is worked on. Run it with two class paths in turns to compare two versions.
 *
 * <p>Arguments: {@code <corpus folder> <rule ids, comma-separated, or all> [runs, default 3]}.
 */
public final class RuleCost {

    private RuleCost() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        Path root = Path.of(args[0]);
        Set<String> ids = Set.of(args[1].split(","));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Supplier<Rule>> factories = new ArrayList<>();
        for (RuleCatalog.Entry entry : BuiltInRules.catalog().entries()) {
            if (ids.contains("all") || ids.contains(entry.id())) {
                factories.add(entry.factory());
            }
        }
        CorpusLinter linter = new CorpusLinter(LintConfig.builder().threads(1).build(), factories);
        for (int run = 1; run <= runs; run++) {
            LintResult result = linter.lintDirectory(root);
            Map<String, String> cpu = new TreeMap<>();
            result.statistics().ruleCpuNanos().forEach(
                    (rule, nanos) -> cpu.put(rule, String.format(Locale.ROOT, "%.2f", nanos / 1e9)));
            System.out.printf(Locale.ROOT, "run %d: rule CPU s %s, %d documents, %d findings,"
                    + " sha256 %s, load %s%n", run, cpu, result.documentCount(),
                    result.findings().size(), digest(result.findings()), loadAverage());
        }
    }

    private static String digest(List<Finding> findings) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Finding f : findings) {
            String line = f.path() + ":" + f.start() + "-" + f.end() + " " + f.ruleId() + " "
                    + f.severity() + " " + f.message() + " "
                    + (f.fix() == null ? "" : f.fix().toString()) + "\n";
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
