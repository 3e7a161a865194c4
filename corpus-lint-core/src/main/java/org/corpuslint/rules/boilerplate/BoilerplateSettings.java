package org.corpuslint.rules.boilerplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corpuslint.rule.OptionFile;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;

/** The options of the boilerplate rule, parsed and checked once per run. */
record BoilerplateSettings(
        Set<BoilerplateKind> disabledKinds, List<Phrase> extraPhrases,
        List<UserPattern> extraPatterns, int minRepeatDocuments, double minRepeatFraction) {

    static final RuleOption<Set<BoilerplateKind>> DISABLED_KINDS = new RuleOption<>(
            "disabledKinds", OptionType.of("list of kinds", (text, base) -> kinds(text)), "",
            "Kinds not to report, comma-separated, from: " + BoilerplateKind.optionNames()
                    + ".");
    static final RuleOption<Entries> EXTRA_PHRASES = new RuleOption<>("extraPhrases",
            OptionType.of("list of phrases", (text, base) -> inlineEntries(text)), "",
            "Your own boilerplate as 'kind:phrase' entries separated by ';'; a phrase may start"
                    + " with '^' (line start) or '=' (whole line), or be '/regex/'.");
    static final RuleOption<List<Path>> PHRASE_FILE = new RuleOption<>("phraseFile",
            OptionType.FILE_LIST, "",
            "A UTF-8 file of more entries, one 'kind:phrase' per line ('#' comments).");
    static final RuleOption<Integer> MIN_REPEAT_DOCUMENTS = new RuleOption<>(
            "minRepeatDocuments", OptionType.integerAtLeast(2), "5",
            "A short line in at least this many distinct stories (copies of one article count"
                    + " once) and minRepeatFraction of the documents, in the corpus or its outlet"
                    + " folder, counts as repeated.");
    static final RuleOption<Double> MIN_REPEAT_FRACTION = new RuleOption<>("minRepeatFraction",
            OptionType.number(0, 1), "0.01",
            "The share of documents (0 to 1) a repeated short line must reach.");

    static final List<RuleOption<?>> OPTIONS = List.of(DISABLED_KINDS, EXTRA_PHRASES,
            PHRASE_FILE, MIN_REPEAT_DOCUMENTS, MIN_REPEAT_FRACTION);

    /** Phrases and patterns of the user's own. */
    record Entries(List<Phrase> phrases, List<UserPattern> patterns) {}

    /** The settings when nothing is configured: every option at its declared default. */
    static BoilerplateSettings defaults() {
        return parse(RuleOptions.empty(BoilerplateRule.ID));
    }

    boolean enabled(BoilerplateKind kind) {
        return !disabledKinds.contains(kind);
    }

    static BoilerplateSettings parse(RuleOptions options) {
        Set<BoilerplateKind> disabled = options.value(DISABLED_KINDS);
        Entries inline = options.value(EXTRA_PHRASES);
        List<Phrase> phrases = new ArrayList<>(inline.phrases());
        List<UserPattern> patterns = new ArrayList<>(inline.patterns());
        for (Path file : options.value(PHRASE_FILE)) {
            readPhraseFile(file, options, phrases, patterns);
        }
        return new BoilerplateSettings(disabled, List.copyOf(phrases),
                List.copyOf(patterns), options.value(MIN_REPEAT_DOCUMENTS),
                options.value(MIN_REPEAT_FRACTION));
    }

    private static Set<BoilerplateKind> kinds(String text) throws OptionType.Rejected {
        Set<BoilerplateKind> kinds = EnumSet.noneOf(BoilerplateKind.class);
        for (String name : text.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            kinds.add(BoilerplateKind.byOptionName(name).orElseThrow(() -> new OptionType.Rejected(
                    "kinds from " + BoilerplateKind.optionNames() + " (unknown kind '"
                            + name.trim() + "')")));
        }
        return kinds;
    }

    private static Entries inlineEntries(String text) throws OptionType.Rejected {
        List<Phrase> phrases = new ArrayList<>();
        List<UserPattern> patterns = new ArrayList<>();
        for (String entry : text.split(";")) {
            if (!entry.isBlank()) {
                addEntry(entry, phrases, patterns, true);
            }
        }
        return new Entries(List.copyOf(phrases), List.copyOf(patterns));
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
            throw options.invalid(PHRASE_FILE.name(), name, "a readable UTF-8 text file (" + e.getMessage()
                    + ")");
        }
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            try {
                addEntry(line, phrases, patterns, false);
            } catch (OptionType.Rejected e) {
                throw options.invalid(PHRASE_FILE.name(), name, "on line " + number + " "
                        + e.expected());
            }
        }
    }

    /** {@code kind:phrase} or {@code kind:/regex/}. */
    /**
     * @param quotesEntries whether the error may quote the entry: inline ones yes, a file's
     *     lines never
     */
    private static void addEntry(String entry, List<Phrase> phrases, List<UserPattern> patterns,
            boolean quotesEntries) throws OptionType.Rejected {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw new OptionType.Rejected("'kind:phrase' entries (" + (quotesEntries
                    ? "no kind in '" + entry.trim() + "'" : "the line has no kind") + ")");
        }
        String kindName = entry.substring(0, colon).trim();
        BoilerplateKind kind = BoilerplateKind.byOptionName(kindName)
                .filter(k -> k != BoilerplateKind.HEADER && k != BoilerplateKind.REPEATED
                        && k != BoilerplateKind.STRAY)
                .orElseThrow(() -> new OptionType.Rejected("'kind:phrase' entries with a kind from "
                        + phraseKinds() + " (" + (quotesEntries
                                ? "unknown kind '" + kindName + "'" : "the line's kind is not one of"
                                        + " them") + ")"));
        String text = entry.substring(colon + 1).trim();
        if (text.length() >= 2 && text.startsWith("/") && text.endsWith("/")) {
            try {
                patterns.add(UserPattern.compile(kind, text.substring(1, text.length() - 1)));
            } catch (UserPattern.Refused e) {
                throw new OptionType.Rejected("a regular expression RE2/J accepts"
                        + (quotesEntries ? " in '" + text + "'" : "") + " ("
                        + e.description + ")");
            }
            return;
        }
        try {
            phrases.add(Phrase.parse(kind, Phrase.STRONG, text));
        } catch (IllegalArgumentException e) {
            throw new OptionType.Rejected("a phrase with words after '" + kindName + ":'");
        }
    }

    private static String phraseKinds() {
        StringBuilder names = new StringBuilder();
        for (BoilerplateKind kind : BoilerplateKind.values()) {
            if (kind != BoilerplateKind.HEADER && kind != BoilerplateKind.REPEATED
                    && kind != BoilerplateKind.STRAY) {
                names.append(names.length() == 0 ? "" : ", ").append(kind.optionName());
            }
        }
        return names.toString();
    }
}
