package org.corpuslint.architecture;

/**
 * Java source with comments and string, character and text-block literals blanked out, so that
 * a {@code {@link org.corpuslint.x.Y}} in a comment or a path in a string is not taken for a
 * dependency. Line breaks are kept, so line numbers still point into the original file.
 */
final class JavaSourceText {

    private JavaSourceText() {}

    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = blankUntil(source, out, i, "\n", false);
            } else if (source.startsWith("/*", i)) {
                i = blankUntil(source, out, i + 2, "*/", true, "  ");
            } else if (source.startsWith("\"\"\"", i)) {
                i = blankLiteral(source, out, i + 3, "\"\"\"", "   ");
            } else if (c == '"' || c == '\'') {
                i = blankLiteral(source, out, i + 1, String.valueOf(c), " ");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Blanks from {@code from} up to the end marker; a line comment keeps its line break. */
    private static int blankUntil(String s, StringBuilder out, int from, String end,
            boolean consumeEnd, String... opening) {
        for (String o : opening) {
            out.append(o);
        }
        int stop = s.indexOf(end, from);
        int last = stop < 0 ? s.length() : stop + (consumeEnd ? end.length() : 0);
        blank(s, out, from, last);
        return last;
    }

    /** Blanks a literal, honouring backslash escapes so an escaped quote does not end it. */
    private static int blankLiteral(String s, StringBuilder out, int from, String end,
            String opening) {
        out.append(opening);
        int i = from;
        while (i < s.length() && !s.startsWith(end, i)) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        int last = Math.min(s.length(), i + end.length());
        blank(s, out, from, last);
        return last;
    }

    private static void blank(String s, StringBuilder out, int from, int to) {
        for (int i = from; i < Math.min(to, s.length()); i++) {
            out.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
