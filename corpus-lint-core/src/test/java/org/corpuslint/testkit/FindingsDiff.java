package org.corpuslint.testkit;

import java.nio.file.Path;
import java.util.List;

/** Says how a fixture's findings differ from its expected file, in words a reader can act on. */
final class FindingsDiff {

    private FindingsDiff() {}

    static String describe(Path folder, List<String> expected, List<String> actual) {
        List<String> unlisted = actual.stream().filter(f -> !expected.contains(f)).toList();
        List<String> missing = expected.stream().filter(f -> !actual.contains(f)).toList();
        StringBuilder s = new StringBuilder("findings on fixture ").append(folder)
                .append(" differ from ").append(FixtureCorpus.EXPECTED_FILE).append(':');
        section(s, "reported but not listed", unlisted);
        section(s, "listed but not reported", missing);
        if (unlisted.isEmpty() && missing.isEmpty()) {
            s.append("\n  same findings in another order (or repeated); reported in order:");
            actual.forEach(f -> s.append("\n    ").append(f));
        }
        s.append("\n  If the change is intended, regenerate with -D")
                .append(FixtureCorpus.WRITE_PROPERTY).append("=true and review the diff.");
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        s.append("\n  ").append(title).append(" (").append(lines.size()).append("):");
        lines.forEach(line -> s.append("\n    ").append(line));
    }
}
