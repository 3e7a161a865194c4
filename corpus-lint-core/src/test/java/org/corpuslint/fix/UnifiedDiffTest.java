package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The diffs are pinned to what GNU diffutils 3.8 prints for the same two texts
 * ({@code diff -u --label a/x.txt --label b/x.txt before after}), byte for byte.
 */
class UnifiedDiffTest {

    /** {@code line from\n} .. {@code line to\n}. */
    private static String numbered(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i <= to; i++) {
            s.append("line ").append(i).append('\n');
        }
        return s.toString();
    }

    private static String strip(String text) {
        return text.substring(0, text.length() - 1);
    }

    private static void assertDiff(String expected, String before, String after) {
        assertEquals(expected, UnifiedDiff.of("x.txt", before, after));
    }

    @Test
    void insertionAtTheTop() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,3 +1,4 @@\n"
                + "+ date 2024-06-19\n"
                + " line 1\n"
                + " line 2\n"
                + " line 3\n",
                numbered(1, 5), " date 2024-06-19\n" + numbered(1, 5));
    }

    @Test
    void distantChangesMakeTwoHunks() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,5 +1,5 @@\n"
                + " line 1\n"
                + "-line 2\n"
                + "+changed 2\n"
                + " line 3\n"
                + " line 4\n"
                + " line 5\n"
                + "@@ -15,6 +15,6 @@\n"
                + " line 15\n"
                + " line 16\n"
                + " line 17\n"
                + "-line 18\n"
                + "+changed 18\n"
                + " line 19\n"
                + " line 20\n",
                numbered(1, 20), numbered(1, 20).replace("line 2\n", "changed 2\n").replace("line 18\n", "changed 18\n"));
    }

    @Test
    void nearChangesShareOneHunk() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,13 +1,13 @@\n"
                + " line 1\n"
                + " line 2\n"
                + " line 3\n"
                + "-line 4\n"
                + "+changed 4\n"
                + " line 5\n"
                + " line 6\n"
                + " line 7\n"
                + " line 8\n"
                + " line 9\n"
                + "-line 10\n"
                + "+changed 10\n"
                + " line 11\n"
                + " line 12\n"
                + " line 13\n",
                numbered(1, 20), numbered(1, 20).replace("line 4\n", "changed 4\n").replace("line 10\n", "changed 10\n"));
    }

    @Test
    void lastLineWithoutLineBreak() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,4 +1,4 @@\n"
                + " line 1\n"
                + " line 2\n"
                + " line 3\n"
                + "-line 4\n"
                + "\\ No newline at end of file\n"
                + "+last\n"
                + "\\ No newline at end of file\n",
                strip(numbered(1, 4)), numbered(1, 3) + "last");
    }

    @Test
    void lineBreakAddedAtTheEnd() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,2 +1,2 @@\n"
                + " line 1\n"
                + "-line 2\n"
                + "\\ No newline at end of file\n"
                + "+line 2\n",
                strip(numbered(1, 2)), numbered(1, 2));
    }

    @Test
    void deletedLine() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,7 +1,6 @@\n"
                + " line 1\n"
                + " line 2\n"
                + " line 3\n"
                + "-line 4\n"
                + " line 5\n"
                + " line 6\n"
                + " line 7\n",
                numbered(1, 8), numbered(1, 3) + numbered(5, 8));
    }

    @Test
    void fromAnEmptyText() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -0,0 +1,2 @@\n"
                + "+line 1\n"
                + "+line 2\n",
                "", numbered(1, 2));
    }

    @Test
    void crlfLinesKeepTheirCarriageReturn() {
        assertDiff("--- a/x.txt\n"
                + "+++ b/x.txt\n"
                + "@@ -1,3 +1,4 @@\n"
                + "+ date 2024-01-02\r\n"
                + " a\r\n"
                + " b\r\n"
                + " c\r\n",
                "a\r\nb\r\nc\r\n", " date 2024-01-02\r\na\r\nb\r\nc\r\n");
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("x.txt", numbered(1, 9), numbered(1, 9)));
    }

    @Test
    void repeatedLinesAreMatchedMinimally() {
        assertDiff("--- a/x.txt\n+++ b/x.txt\n@@ -1,4 +1,3 @@\n a\n-b\n a\n b\n",
                "a\nb\na\nb\n", "a\na\nb\n");
    }

    @Test
    void consoleLinesEscapeTheFileNameAndTheTextButKeepOneLinePerDiffLine() {
        String path = "a\n[ERROR] b\u001b[2J.txt";
        String diff = UnifiedDiff.of(path, "one\r\n\ttwo \u001b[31m\r\nthree\r\n",
                "one\r\n\ttwo\r\nthree\r\n");
        assertEquals(java.util.List.of(
                "--- a/a\\n[ERROR] b\\e[2J.txt",
                "+++ b/a\\n[ERROR] b\\e[2J.txt",
                "@@ -1,3 +1,3 @@",
                " one\\r",
                "-\ttwo \\e[31m\\r",
                "+\ttwo\\r",
                " three\\r"), UnifiedDiff.consoleLines(path, diff));
    }
}
