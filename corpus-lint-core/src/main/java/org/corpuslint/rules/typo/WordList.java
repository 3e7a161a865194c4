package org.corpuslint.rules.typo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.rule.OptionFile;

/**
 * A plain-text list of words: one entry per line, {@code #} starts a comment, blank lines are
 * ignored. An entry may be several words ({@code Helsingin Sanomat}: each word is listed), and
 * in a reject list an entry {@code wrong -> right} names the replacement. An entry in lower
 * case matches the word in any capitalisation; an entry with capitals matches only as written.
 */
final class WordList {

    private final Set<String> exact = new HashSet<>();
    private final Set<String> anyCase = new HashSet<>();
    private final Map<String, String> replacements = new HashMap<>();
    /** The lower-case entries for {@link #contains}, built on first use (the list is complete by then). */
    private volatile LowerCaseIndex anyCaseIndex;

    static WordList empty() {
        return new WordList();
    }

    /** The list shipped with corpus-lint as class path resource {@code name}. */
    static WordList resource(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The list in {@code file}, read as a bounded UTF-8 text file (see {@link OptionFile}).
     *
     * @throws OptionFile.UnusableFile when it cannot be read as one; the reason never quotes it
     */
    static WordList file(Path file) throws OptionFile.UnusableFile {
        return parse(OptionFile.text(file));
    }

    static WordList parse(String text) {
        WordList list = new WordList();
        for (String rawLine : text.split("\\R")) {
            String line = withoutComment(rawLine).strip();
            if (line.isEmpty()) {
                continue;
            }
            int arrow = line.indexOf("->");
            if (arrow >= 0) {
                String wrong = line.substring(0, arrow).strip();
                String right = line.substring(arrow + 2).strip();
                if (!wrong.isEmpty()) {
                    list.add(wrong);
                    list.replacements.put(wrong, right);
                }
                continue;
            }
            for (String word : line.split("\\s+")) {
                list.add(word);
            }
        }
        return list;
    }

    /** A {@code #} at the start of a line or after a space starts a comment ({@code C#} stays). */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private void add(String word) {
        String base = WordForm.base(word);
        if (WordForm.isLowerCase(base)) {
            anyCase.add(base);
            anyCaseIndex = null;
        } else {
            exact.add(base);
        }
    }

    /** True when the list names {@code word} (a base form). */
    boolean contains(String word) {
        if (exact.contains(word)) {
            return true;
        }
        if (WordForm.isLatin1(word)) {
            return anyCaseIndex().containsLowerCaseOf(word);
        }
        return anyCase.contains(word.toLowerCase(Locale.ROOT));
    }

    private LowerCaseIndex anyCaseIndex() {
        LowerCaseIndex index = anyCaseIndex;
        if (index == null) {
            index = new LowerCaseIndex(anyCase);
            anyCaseIndex = index;
        }
        return index;
    }

    /** The replacement an entry {@code wrong -> right} gives for {@code word}, if any. */
    Optional<String> replacementFor(String word) {
        String r = replacements.get(word);
        if (r == null) {
            r = replacements.get(word.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(r).filter(s -> !s.isEmpty());
    }

    /** The entries with capitals, as written (names). */
    List<String> names() {
        return new ArrayList<>(exact);
    }

    WordList with(WordList other) {
        WordList merged = new WordList();
        for (WordList list : List.of(this, other)) {
            merged.exact.addAll(list.exact);
            merged.anyCase.addAll(list.anyCase);
            merged.replacements.putAll(list.replacements);
        }
        return merged;
    }
}
