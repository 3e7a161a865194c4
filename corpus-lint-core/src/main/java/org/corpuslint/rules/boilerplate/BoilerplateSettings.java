package org.corpuslint.rules.boilerplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.rule.OptionFile;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;

/** The options of the boilerplate rule, parsed and checked once per run. */
record BoilerplateSettings(
        Set<BoilerplateKind> disabledKinds, List<Phrase> extraPhrases,
        List<UserPattern> extraPatterns, int minRepeatDocuments, double minRepeatFraction) {

    static final String DISABLED_KINDS = "disabledKinds";
    static final String EXTRA_PHRASES = "extraPhrases";
    static final String PHRASE_FILE = "phraseFile";
    static final String MIN_REPEAT_DOCUMENTS = "minRepeatDocuments";
    static final String MIN_REPEAT_FRACTION = "minRepeatFraction";

    static final int DEFAULT_MIN_REPEAT_DOCUMENTS = 5;
    static final double DEFAULT_MIN_REPEAT_FRACTION = 0.01;

    static final List<RuleOption> OPTIONS = List.of(
            new RuleOption(DISABLED_KINDS, "",
                    "Kinds not to report, comma-separated, from: " + BoilerplateKind.optionNames()
                            + "."),
            new RuleOption(EXTRA_PHRASES, "",
                    "Your own boilerplate as 'kind:phrase' entries separated by ';'; a phrase"
                            + " may start with '^' (line start) or '=' (whole line), or be"
                            + " '/regex/'."),
            new RuleOption(PHRASE_FILE, "",
                    "A UTF-8 file of more entries, one 'kind:phrase' per line ('#' comments)."),
            new RuleOption(MIN_REPEAT_DOCUMENTS, String.valueOf(DEFAULT_MIN_REPEAT_DOCUMENTS),
                    "A short line in at least this many distinct stories (copies of one"
                            + " article count once) and minRepeatFraction of the documents, in"
                            + " the corpus or its outlet folder, counts as repeated."),
            new RuleOption(MIN_REPEAT_FRACTION, String.valueOf(DEFAULT_MIN_REPEAT_FRACTION),
                    "The share of documents (0 to 1) a repeated short line must reach."));

    static BoilerplateSettings defaults() {
        return new BoilerplateSettings(EnumSet.noneOf(BoilerplateKind.class), List.of(),
                List.of(), DEFAULT_MIN_REPEAT_DOCUMENTS, DEFAULT_MIN_REPEAT_FRACTION);
    }

    boolean enabled(BoilerplateKind kind) {
        return !disabledKinds.contains(kind);
    }

    static BoilerplateSettings parse(RuleOptions options) {
        Set<BoilerplateKind> disabled = EnumSet.noneOf(BoilerplateKind.class);
        Optional<String> kinds = options.get(DISABLED_KINDS);
        if (kinds.isPresent()) {
            for (String name : kinds.get().split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                disabled.add(BoilerplateKind.byOptionName(name).orElseThrow(() -> options.invalid(
                        DISABLED_KINDS, kinds.get(), "kinds from " + BoilerplateKind.optionNames()
                                + " (unknown kind '" + name.trim() + "')")));
            }
        }
        List<Phrase> phrases = new ArrayList<>();
        List<UserPattern> patterns = new ArrayList<>();
        Optional<String> extra = options.get(EXTRA_PHRASES);
        if (extra.isPresent()) {
            for (String entry : extra.get().split(";")) {
                if (!entry.isBlank()) {
                    addEntry(entry, phrases, patterns,
                            expected -> options.invalid(EXTRA_PHRASES, extra.get(), expected));
                }
            }
        }
        for (Path file : options.getPaths(PHRASE_FILE)) {
            readPhraseFile(file, options, phrases, patterns);
        }
        int minDocuments = options.getInt(MIN_REPEAT_DOCUMENTS, DEFAULT_MIN_REPEAT_DOCUMENTS);
        if (minDocuments < 2) {
            throw options.invalid(MIN_REPEAT_DOCUMENTS, String.valueOf(minDocuments),
                    "a whole number of at least 2");
        }
        double minFraction = options.getDouble(MIN_REPEAT_FRACTION, DEFAULT_MIN_REPEAT_FRACTION);
        if (!(minFraction >= 0 && minFraction <= 1)) {
            throw options.invalid(MIN_REPEAT_FRACTION, options.get(MIN_REPEAT_FRACTION).orElse(""),
                    "a number from 0 to 1");
        }
        return new BoilerplateSettings(disabled, List.copyOf(phrases), List.copyOf(patterns),
                minDocuments, minFraction);
    }

    /**
     * Reads a phrase file. The file is named by a configuration that may come with the corpus, so
     * errors give its name and a line number but never quote it: {@code phraseFile: /etc/shadow}
     * must not print the file's first field.
     */
    private static void readPhraseFile(Path file, RuleOptions options, List<Phrase> phrases,
            List<UserPattern> patterns) {
        String name = file.toString();
        List<String> lines;
        try {
            lines = OptionFile.readLines(file);
        } catch (OptionFile.UnusableFile e) {
            throw options.invalid(PHRASE_FILE, name, "a readable UTF-8 text file (" + e.getMessage()
                    + ")");
        }
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            final int at = number;
            addEntry(line, phrases, patterns, new EntryProblems() {
                @Override
                public IllegalArgumentException of(String expected) {
                    return options.invalid(PHRASE_FILE, name, "on line " + at + " " + expected);
                }

                @Override
                public boolean quotesEntries() {
                    return false;
                }
            });
        }
    }

    /** Turns what an entry should have been into an error. */
    private interface EntryProblems {
        IllegalArgumentException of(String expected);

        /** Whether the error may quote the entry: inline ones yes, a file's lines never. */
        default boolean quotesEntries() {
            return true;
        }
    }

    /** {@code kind:phrase} or {@code kind:/regex/}. */
    private static void addEntry(String entry, List<Phrase> phrases, List<UserPattern> patterns,
            EntryProblems problem) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw problem.of("'kind:phrase' entries (" + (problem.quotesEntries()
                    ? "no kind in '" + entry.trim() + "'" : "the line has no kind") + ")");
        }
        String kindName = entry.substring(0, colon).trim();
        BoilerplateKind kind = BoilerplateKind.byOptionName(kindName)
                .filter(k -> k != BoilerplateKind.HEADER && k != BoilerplateKind.REPEATED)
                .orElseThrow(() -> problem.of("'kind:phrase' entries with a kind from "
                        + phraseKinds() + " (" + (problem.quotesEntries()
                                ? "unknown kind '" + kindName + "'" : "the line's kind is not one of"
                                        + " them") + ")"));
        String text = entry.substring(colon + 1).trim();
        if (text.length() >= 2 && text.startsWith("/") && text.endsWith("/")) {
            try {
                patterns.add(UserPattern.compile(kind, text.substring(1, text.length() - 1)));
            } catch (UserPattern.Refused e) {
                throw problem.of("a regular expression RE2/J accepts"
                        + (problem.quotesEntries() ? " in '" + text + "'" : "") + " ("
                        + e.description + ")");
            }
            return;
        }
        try {
            phrases.add(Phrase.parse(kind, Phrase.STRONG, text));
        } catch (IllegalArgumentException e) {
            throw problem.of("a phrase with words after '" + kindName + ":'");
        }
    }

    private static String phraseKinds() {
        StringBuilder names = new StringBuilder();
        for (BoilerplateKind kind : BoilerplateKind.values()) {
            if (kind != BoilerplateKind.HEADER && kind != BoilerplateKind.REPEATED) {
                names.append(names.length() == 0 ? "" : ", ").append(kind.optionName());
            }
        }
        return names.toString();
    }
}
