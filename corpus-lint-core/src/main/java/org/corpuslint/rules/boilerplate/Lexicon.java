package org.corpuslint.rules.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The built-in phrase lexicon ({@code lexicon.txt} next to this class), read once per JVM. */
final class Lexicon {

    private static final String RESOURCE = "lexicon.txt";
    private static volatile List<Phrase> builtIn;

    private Lexicon() {}

    /** The built-in phrases plus {@code extra}, without {@code disabled} kinds, as one matcher. */
    static PhraseMatcher compile(Set<BoilerplateKind> disabled, List<Phrase> extra) {
        List<Phrase> phrases = new ArrayList<>();
        for (Phrase phrase : builtIn()) {
            if (!disabled.contains(phrase.kind())) {
                phrases.add(phrase);
            }
        }
        for (Phrase phrase : extra) {
            if (!disabled.contains(phrase.kind())) {
                phrases.add(phrase);
            }
        }
        return new PhraseMatcher(phrases);
    }

    /**
     * The built-in phrases plus {@code extra} of the {@code kinds} only, as one matcher, or
     * {@code null} when {@code kinds} is empty.
     */
    static PhraseMatcher onlyKinds(Set<BoilerplateKind> kinds, List<Phrase> extra) {
        if (kinds.isEmpty()) {
            return null;
        }
        List<Phrase> phrases = new ArrayList<>();
        for (Phrase phrase : builtIn()) {
            if (kinds.contains(phrase.kind())) {
                phrases.add(phrase);
            }
        }
        for (Phrase phrase : extra) {
            if (kinds.contains(phrase.kind())) {
                phrases.add(phrase);
            }
        }
        return new PhraseMatcher(phrases);
    }

    static List<Phrase> builtIn() {
        List<Phrase> phrases = builtIn;
        if (phrases == null) {
            phrases = List.copyOf(read());
            builtIn = phrases;
        }
        return phrases;
    }

    private static List<Phrase> read() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lexicon format: {@code [kind]} sections of {@code strong|weak phrase} lines. */
    static List<Phrase> parse(List<String> lines) {
        List<Phrase> phrases = new ArrayList<>();
        BoilerplateKind kind = null;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1);
                final int at = number;
                kind = BoilerplateKind.byOptionName(name).orElseThrow(
                        () -> new IllegalStateException(RESOURCE + ":" + at + ": unknown kind"));
                continue;
            }
            int space = line.indexOf(' ');
            String weight = space < 0 ? line : line.substring(0, space);
            if (kind == null || space < 0 || !(weight.equals("strong") || weight.equals("weak"))) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": bad line '" + raw + "'");
            }
            phrases.add(Phrase.parse(kind, weight.equals("strong") ? Phrase.STRONG : Phrase.WEAK,
                    line.substring(space + 1)));
        }
        return phrases;
    }
}
