package org.corpuslint.eval.typo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The planted typos of a truth file written by {@code ../shared/eval/make_planted.py}: for each,
 * the file, line, column (1-based), the planted token and the word it stands for. Read with a
 * few patterns rather than a JSON library: the file is a flat list of flat objects.
 *
 * @param kind {@code name}, {@code common} or {@code realword}
 */
record PlantedTruth(String file, int line, int column, String token, String expected,
        String kind) {

    private static final Pattern ITEM = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern TYPO_RULE = Pattern.compile("\"rule\"\\s*:\\s*\\[\\s*\"typo\"");

    /** The typo items of {@code truthFile}; other rules' items are left out. */
    static List<PlantedTruth> read(Path truthFile) throws IOException {
        List<PlantedTruth> items = new ArrayList<>();
        Matcher m = ITEM.matcher(Files.readString(truthFile));
        while (m.find()) {
            String item = m.group();
            if (!TYPO_RULE.matcher(item).find()) {
                continue;
            }
            items.add(new PlantedTruth(text(item, "file"), number(item, "line"),
                    number(item, "col"), text(item, "token"), text(item, "expected"),
                    text(item, "kind").split(":")[0]));
        }
        return items;
    }

    private static String text(String item, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(item);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static int number(String item, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(item);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** JSON string escapes: {@code \"}, {@code \\}, {@code \/} and {@code \u00e9}. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            if (next == 'u' && i + 4 < s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            }
        }
        return out.toString();
    }
}
