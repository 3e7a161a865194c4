package org.corpuslint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.engine.RunStatistics;
import org.corpuslint.model.Finding;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;

/**
 * Console lines in the compiler style that IDEs and CI logs turn into links:
 * {@code path:line:col: severity [rule-id] message (suggestion: ...)}, then a summary. Paths,
 * messages and suggestions have their control characters escaped ({@link ConsoleText}).
 */
public final class ConsoleReport {

    private final UnaryOperator<String> displayPath;

    /**
     * @param displayPath turns a corpus-relative path into the path to print (for example,
     *     relative to the directory the build runs in, so that the line is clickable)
     */
    public ConsoleReport(UnaryOperator<String> displayPath) {
        this.displayPath = displayPath;
    }

    public String line(Finding f) {
        StringBuilder line = new StringBuilder();
        line.append(ConsoleText.escape(displayPath.apply(f.path())));
        f.record().ifPresent(record -> line.append(ConsoleText.escape(recordSuffix(record))));
        line.append(':').append(f.start().line()).append(':')
                .append(f.start().column()).append(": ").append(f.severity().label())
                .append(" [").append(f.ruleId()).append("] ").append(oneLine(f.message()));
        if (f.fix() != null) {
            line.append(" (suggestion: ").append(oneLine(f.fix().description())).append(')');
        }
        return line.toString();
    }

    /**
     * How a record of a JSON Lines file follows its file's path: {@code #12} for the record on
     * line 12, {@code #12[id=a-17]} when it has an id. The line and column after it are inside
     * the record's text.
     */
    public static String recordSuffix(org.corpuslint.model.RecordLocation record) {
        return "#" + record.line() + (record.id() == null ? "" : "[id=" + record.id() + "]");
    }

    /** The summary: totals, then one line per rule with its counts by severity. */
    public List<String> summary(RunFindings result) {
        List<String> lines = new ArrayList<>();
        FindingCounts found = result.counts();
        Map<Severity, Integer> bySeverity = found.bySeverity();
        lines.add("corpus-lint: " + result.documentCount() + " document"
                + (result.documentCount() == 1 ? "" : "s") + ", " + found.total()
                + " finding" + (found.total() == 1 ? "" : "s") + " ("
                + counts(bySeverity) + ")");
        found.byRule().forEach((rule, counts) ->
                lines.add("  " + rule + ": " + counts(counts)));
        lines.addAll(statistics(result.statistics()));
        return lines;
    }

    /** Outlets and months shown on the console: the worst by findings per document. */
    static final int CONSOLE_SLICES = 5;

    /**
     * The corpus statistics in a few lines: words, findings per rule per 1,000 documents, and
     * the outlets and months with the most findings per document. Empty for a result without.
     */
    public static List<String> statistics(RunStatistics statistics) {
        RunStatistics.Slice total = statistics.total();
        if (total.documents() == 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        StringBuilder rates = new StringBuilder();
        total.findingsByRule().forEach((rule, n) -> rates.append(rates.length() == 0 ? "" : ", ")
                .append(rule).append(' ').append(rate(total.perThousandDocuments(rule))));
        lines.add("corpus-lint statistics: " + documents(total.documents()) + ", "
                + String.format(java.util.Locale.ROOT, "%,d", total.words()) + " word"
                + (total.words() == 1 ? "" : "s") + "; findings per"
                + " 1,000 documents: " + (rates.length() == 0 ? "none" : rates));
        worst("outlets", statistics.byOutlet(), lines);
        worst("months", statistics.byMonth(), lines);
        return lines;
    }

    private static void worst(String what, Map<String, RunStatistics.Slice> slices,
            List<String> lines) {
        if (slices.size() < 2) {
            return; // one outlet or month is the corpus itself
        }
        List<String> top = slices.entrySet().stream()
                .filter(e -> e.getValue().findings() > 0)
                .sorted((a, b) -> Double.compare(b.getValue().findingsPerThousandDocuments(),
                        a.getValue().findingsPerThousandDocuments()))
                .limit(CONSOLE_SLICES)
                .map(e -> ConsoleText.escape(e.getKey()) + " "
                        + rate(e.getValue().findingsPerThousandDocuments()) + " ("
                        + documents(e.getValue().documents()) + ")")
                .toList();
        if (!top.isEmpty()) {
            lines.add("  " + what + " with the most findings per 1,000 documents (of "
                    + slices.size() + "): " + String.join(", ", top));
        }
    }

    private static String documents(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count) + " document"
                + (count == 1 ? "" : "s");
    }

    private static String rate(double perThousand) {
        return String.format(java.util.Locale.ROOT, "%.1f", perThousand);
    }

    /**
     * What {@code fix} would do with the findings' fixes, when any has one: {@code corpus-lint:
     * 2 findings have a safe fix and 3 a fix to review (1 likely, 2 unsure); corpus-lint:fix
     * applies safe fixes only, -Dcorpus-lint.fixConfidence=likely or unsure applies more}.
     */
    public Optional<String> fixHint(RunFindings result) {
        Map<FixConfidence, Integer> byConfidence = fixesByConfidence(result);
        if (byConfidence.isEmpty()) {
            return Optional.empty();
        }
        int safe = byConfidence.getOrDefault(FixConfidence.SAFE, 0);
        int review = byConfidence.values().stream().mapToInt(Integer::intValue).sum() - safe;
        List<String> parts = new ArrayList<>();
        if (safe > 0) {
            parts.add(safe + (safe == 1 ? " finding has" : " findings have") + " a safe fix");
        }
        if (review > 0) {
            List<String> kinds = new ArrayList<>();
            byConfidence.forEach((c, n) -> {
                if (c != FixConfidence.SAFE) {
                    kinds.add(n + " " + c.label());
                }
            });
            parts.add((safe > 0 ? String.valueOf(review) : review
                    + (review == 1 ? " finding has" : " findings have")) + " a fix to review ("
                    + String.join(", ", kinds) + ")");
        }
        String line = "corpus-lint: " + String.join(" and ", parts)
                + "; corpus-lint:fix applies safe fixes only";
        if (review > 0) {
            line += ", -Dcorpus-lint.fixConfidence=" + (byConfidence.containsKey(
                    FixConfidence.LIKELY) ? "likely or unsure" : "unsure") + " applies more";
        }
        return Optional.of(line);
    }

    /** How many findings carry a fix, by the fix's confidence; none absent. */
    public static Map<FixConfidence, Integer> fixesByConfidence(RunFindings result) {
        return result.counts().fixesByConfidence();
    }

    /**
     * Each rule's share of the rules' CPU time, most first: {@code corpus-lint rule CPU time
     * (12.4 s): typo 41.0%, boilerplate 20.3%, ...}. Empty when the run did not measure it.
     */
    public static List<String> ruleTimes(RunStatistics statistics) {
        if (statistics.ruleCpuNanos().isEmpty()) {
            return List.of();
        }
        long all = statistics.ruleCpuNanos().values().stream().mapToLong(Long::longValue).sum();
        List<String> parts = statistics.ruleCpuShares().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f%%",
                        e.getValue() * 100))
                .toList();
        return List.of("corpus-lint rule CPU time (" + String.format(java.util.Locale.ROOT,
                "%.1f s", all / 1e9) + "): " + String.join(", ", parts));
    }

    private static String counts(Map<Severity, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0 || counts.size() == Severity.values().length) {
                parts.add(n + " " + plural(s, n));
            }
        }
        return String.join(", ", parts);
    }

    private static String plural(Severity s, int n) {
        return switch (s) {
            case ERROR -> n == 1 ? "error" : "errors";
            case WARNING -> n == 1 ? "warning" : "warnings";
            case INFO -> "info";
        };
    }

    /** The message with the fix's suggestion, for formats that have no field for it. */
    static String messageWithSuggestion(Finding f) {
        return f.fix() == null ? f.message()
                : f.message() + " (suggestion: " + f.fix().description() + ")";
    }

    /** Messages quote document text; a control character must not break the log line. */
    static String oneLine(String text) {
        return ConsoleText.escape(text);
    }
}
