package org.corpuslint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
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
        line.append(ConsoleText.escape(displayPath.apply(f.path()))).append(':').append(f.start().line()).append(':')
                .append(f.start().column()).append(": ").append(f.severity().label())
                .append(" [").append(f.ruleId()).append("] ").append(oneLine(f.message()));
        if (f.fix() != null) {
            line.append(" (suggestion: ").append(oneLine(f.fix().description())).append(')');
        }
        return line.toString();
    }

    /** The summary: totals, then one line per rule with its counts by severity. */
    public List<String> summary(LintResult result) {
        List<String> lines = new ArrayList<>();
        Map<Severity, Integer> bySeverity = result.countBySeverity();
        lines.add("corpus-lint: " + result.documentCount() + " document"
                + (result.documentCount() == 1 ? "" : "s") + ", " + result.findings().size()
                + " finding" + (result.findings().size() == 1 ? "" : "s") + " ("
                + counts(bySeverity) + ")");
        result.countByRule().forEach((rule, counts) ->
                lines.add("  " + rule + ": " + counts(counts)));
        return lines;
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
