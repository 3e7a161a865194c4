package org.corpuslint.fix;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.report.ConsoleText;

/**
 * A unified diff of two texts, line by line, in the form {@code diff -u} and {@code git diff}
 * print and {@code patch -p1} / {@code git apply} read: {@code --- a/path}, {@code +++ b/path},
 * hunks with three lines of context, and {@code \ No newline at end of file} where a last line
 * has no line break. Lines end at {@code \n} only, as in GNU diff, so a {@code \r\n} file's lines
 * keep their {@code \r} and the patch reproduces the file byte for byte.
 *
 * <p>The line matching is Myers' O(ND) algorithm, the one GNU diff and git use, so the hunks
 * are minimal. Written here rather than taken from a library because it is small, and the core
 * library keeps its dependencies few.
 */
public final class UnifiedDiff {

    static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff of {@code before} and {@code after}, or {@code ""} when they are equal. */
    public static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> script = script(a, b);
        StringBuilder out = new StringBuilder();
        for (int[] hunk : hunks(script)) {
            if (out.isEmpty()) {
                out.append("--- a/").append(path).append('\n');
                out.append("+++ b/").append(path).append('\n');
            }
            appendHunk(out, script, hunk[0], hunk[1], a, b);
        }
        return out.toString();
    }

    /**
     * {@code diff} (of the file at {@code path}, from {@link #of}) as lines to print on a console:
     * split at {@code \n} only, so a stray {@code \r} stays inside its line, with every control
     * character escaped ({@link ConsoleText#escapeDiffLine}); the header lines are cut by the
     * path, so a newline in a file name cannot start a line of its own.
     */
    public static List<String> consoleLines(String path, String diff) {
        List<String> out = new ArrayList<>();
        String header = "--- a/" + path + "\n+++ b/" + path + "\n";
        String body = diff;
        if (diff.startsWith(header)) {
            out.add(ConsoleText.escapeDiffLine("--- a/" + path));
            out.add(ConsoleText.escapeDiffLine("+++ b/" + path));
            body = diff.substring(header.length());
        }
        for (String line : lines(body)) {
            out.add(ConsoleText.escapeDiffLine(line.endsWith("\n")
                    ? line.substring(0, line.length() - 1) : line));
        }
        return out;
    }

    /** One step of the edit script: keep, delete from a, or insert from b. */
    private record Op(char kind, int aIndex, int bIndex) {}

    /** Lines with their {@code \n}; the last line lacks it when the text does not end with one. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<Op> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(' ', i, i));
        }
        ops.addAll(myers(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix));
        for (int k = suffix; k > 0; k--) {
            ops.add(new Op(' ', a.size() - k, b.size() - k));
        }
        return ops;
    }

    /** Myers' greedy shortest edit script of {@code a[a0,a1)} into {@code b[b0,b1)}. */
    private static List<Op> myers(List<String> a, List<String> b, int a0, int a1, int b0,
            int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(a0 + x).equals(b.get(b0 + y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        // Walk back through the saved V arrays; trace.get(d) is V before step d.
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d);
            int k = x - y;
            int prevK = k == -d || k != d && prev[offset + k - 1] < prev[offset + k + 1]
                    ? k + 1 : k - 1;
            int prevX = prev[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Op(' ', a0 + x, b0 + y));
            }
            if (x == prevX) {
                y--;
                reversed.add(new Op('+', a0 + x, b0 + y));
            } else {
                x--;
                reversed.add(new Op('-', a0 + x, b0 + y));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            reversed.add(new Op(' ', a0 + x, b0 + y));
        }
        List<Op> ops = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
        return ops;
    }

    /** Ranges {@code [from, to)} of the script, each a change with its context. */
    private static List<int[]> hunks(List<Op> script) {
        List<int[]> hunks = new ArrayList<>();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend over changes separated by at most 2 * CONTEXT unchanged lines.
            while (true) {
                while (end < script.size() && script.get(end).kind() != ' ') {
                    end++;
                }
                int same = 0;
                while (end + same < script.size() && script.get(end + same).kind() == ' ') {
                    same++;
                }
                if (end + same < script.size() && same <= 2 * CONTEXT) {
                    end += same;
                    continue;
                }
                end = Math.min(script.size(), end + Math.min(same, CONTEXT));
                break;
            }
            hunks.add(new int[] {from, end});
            i = end;
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<Op> script, int from, int to,
            List<String> a, List<String> b) {
        int aCount = 0;
        int bCount = 0;
        for (int i = from; i < to; i++) {
            char kind = script.get(i).kind();
            aCount += kind != '+' ? 1 : 0;
            bCount += kind != '-' ? 1 : 0;
        }
        Op first = script.get(from);
        out.append("@@ -").append(range(first.aIndex(), aCount)).append(" +")
                .append(range(first.bIndex(), bCount)).append(" @@\n");
        for (int i = from; i < to; i++) {
            Op op = script.get(i);
            String line = op.kind() == '+' ? b.get(op.bIndex()) : a.get(op.aIndex());
            out.append(op.kind()).append(line);
            if (!line.endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** GNU's range: {@code start,count}, {@code start} alone for one line; 0-based start if empty. */
    private static String range(int index, int count) {
        if (count == 0) {
            return index + ",0";
        }
        return count == 1 ? String.valueOf(index + 1) : (index + 1) + "," + count;
    }
}
