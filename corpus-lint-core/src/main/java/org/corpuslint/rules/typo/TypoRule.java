package org.corpuslint.rules.typo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.WordCounts;
import org.corpuslint.profile.WordPairCounts;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.rule.EvidenceSource;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.profile.StatisticChanges;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.OptionFile;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.text.Token;
import org.corpuslint.text.language.ForeignRun;

/**
 * Misspelled words and names, using the corpus itself as evidence: a word no dictionary knows
 * that is a close variant of a word the corpus attests is a typo of it; a real word that is one
 * edit from a name dominating its document, and stands where that name stands, is a slip for it.
 * Unknown names with no such variant are new names and stay quiet.
 */
public final class TypoRule implements Rule, EvidenceSource {

    public static final String ID = "typo";
    static final String VOCABULARY_RESOURCE = "/org/corpuslint/rules/typo/news-vocabulary.txt";

    static final RuleOption<List<String>> VARIANTS = new RuleOption<>("variants",
            OptionType.of("list of variants", (text, base) -> variants(text)), "en-US,en-GB",
            "English variants whose dictionaries accept a word: "
                    + String.join(", ", EnglishSpeller.VARIANTS));
    static final RuleOption<List<Path>> ACCEPT_FILE = new RuleOption<>("acceptFile",
            OptionType.FILE_LIST, "", "a word list of correct words and names, one per line");
    static final RuleOption<List<Path>> REJECT_FILE = new RuleOption<>("rejectFile",
            OptionType.FILE_LIST, "",
            "a word list of words always reported, one per line, optionally 'wrong -> right'");
    static final RuleOption<Boolean> REPORT_UNKNOWN = new RuleOption<>("reportUnknown",
            OptionType.BOOLEAN, "false",
            "also report unknown words with no close variant, as info");
    static final RuleOption<Integer> MIN_DOMINANCE = new RuleOption<>("minDominance",
            OptionType.integerAtLeast(2), "3",
            "occurrences in a document that make a name dominate it");

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.ERROR,
            "A word or name is misspelled.",
            "Checks every word against LanguageTool's English dictionaries (any configured"
                    + " variant, en-US and en-GB by default), a news vocabulary and your accept"
                    + " list, and uses the corpus as evidence. An unknown word one edit (two for"
                    + " long words) from a word the corpus uses beside the same neighbour, in the"
                    + " same article or far more often is a typo of it, and so is a slip of a"
                    + " name that reads like no word or name (Russrll) or that no list of given"
                    + " names and surnames has (Perer for Peter); a lower-case unknown"
                    + " word one edit from a dictionary word is a typo of the likeliest one. A"
                    + " capitalised real word one edit from a name that dominates its article"
                    + " and standing where that name stands is a slip for it. Unknown names"
                    + " without such a variant are new names, not errors. URLs, e-mail"
                    + " addresses, handles, tags, numbers, file names, acronyms and photo"
                    + " credit lines are skipped. Confident findings are errors with a fix;"
                    + " the others are warnings.",
            "`the streets of Pyonyang` in a corpus that writes Pyongyang 14 times:"
                    + " `error [typo] 'Pyonyang' is close to 'Pyongyang', used 14 times in the"
                    + " corpus`.",
            List.of(VARIANTS, ACCEPT_FILE, REJECT_FILE, REPORT_UNKNOWN, MIN_DOMINANCE),
            Set.of(FixConfidence.SAFE, FixConfidence.LIKELY, FixConfidence.UNSURE))
            .withStatistics(WordCounts.STATISTIC, WordPairCounts.STATISTIC);

    private Lexicon lexicon;
    private UnknownWords unknownWords;
    private NeighbourPairs neighbourPairs;
    private RareWordSlips rareWordSlips;
    private RealWordSlips slips;
    private HyphenPartSlips hyphenPartSlips;
    private PossessiveWithoutS possessives;
    private PossessiveWithoutApostrophe apostrophesLost;
    private ApostropheAfterTheS apostrophesAfterS;
    private ApostropheSlipInAPossessive apostropheSlips;

    private final TypoThresholds thresholds;

    public TypoRule() {
        this(TypoThresholds.DEFAULTS);
    }

    /** A rule judging unknown words with other thresholds: for the evaluation harness's sweeps. */
    public TypoRule(TypoThresholds thresholds) {
        this.thresholds = thresholds;
        // A rule is created before the corpus is read: read the name lists meanwhile.
        PersonalNames.preload();
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        EnglishSpeller speller = EnglishSpeller.forVariants(options.value(VARIANTS));
        speller.preloadTrigrams();
        WordList accepted = wordList(options, ACCEPT_FILE);
        WordList rejected = wordList(options, REJECT_FILE);
        WordList vocabulary = WordList.resource(VOCABULARY_RESOURCE).with(accepted);
        lexicon = new Lexicon(speller, vocabulary, rejected, new CorpusWords(profile));
        neighbourPairs = NeighbourPairs.of(profile, lexicon.corpus(), thresholds);
        unknownWords = new UnknownWords(lexicon, profile, options.value(REPORT_UNKNOWN),
                thresholds, neighbourPairs);
        hyphenPartSlips = new HyphenPartSlips(lexicon);
        rareWordSlips = new RareWordSlips(lexicon, neighbourPairs, thresholds);
        slips = new RealWordSlips(lexicon, profile, options.value(MIN_DOMINANCE));
        possessives = new PossessiveWithoutS(profile);
        apostrophesLost = new PossessiveWithoutApostrophe(profile, thresholds);
        apostrophesAfterS = new ApostropheAfterTheS(profile, thresholds);
        apostropheSlips = new ApostropheSlipInAPossessive(profile, thresholds);
    }

    @Override
    public Optional<Object> evidence(String source, String key) {
        Object answer = switch (source) {
            case CorpusWords.OCCURRENCES -> lexicon.corpus().occurrences(key);
            case CorpusWords.DOCUMENTS -> lexicon.corpus().documents(key);
            case CorpusWords.VARIANTS -> lexicon.attestedVariants(key);
            case NamePairs.PARTNERS -> {
                int colon = key.indexOf(':');
                yield slips.pairs().partners(key.substring(colon + 1),
                        Integer.parseInt(key.substring(0, colon)));
            }
            case Lexicon.CANDIDATES -> lexicon.candidates(key.substring(2), key.startsWith("l:"));
            case Lexicon.COMMON_WORDS -> lexicon.commonWordsHash();
            case Lexicon.COMMON_TWO_EDITS -> lexicon.commonWordTwoEditsFrom(key);
            case Lexicon.TWO_EDITS_SAME_FIRST -> lexicon.commonWordsTwoEditsAway(key);
            case Lexicon.ONE_KEY_SLIP -> lexicon.commonWordsOneKeySlipFrom(key);
            case NeighbourPairs.PAIR -> {
                int space = key.indexOf(' ');
                yield neighbourPairs.count(key.substring(0, space), key.substring(space + 1));
            }
            case Lexicon.NEAR_COMMON -> lexicon.nearestCommonWords(key);
            case Lexicon.SHUFFLED -> lexicon.shuffledCommonWord(key);
            case Lexicon.SAME_CONSONANTS -> lexicon.commonWordsWithSameConsonants(key);
            case Lexicon.SOUNDING_ALIKE -> {
                // "3:speshil" for a reach past two edits; a word has no colon of its own
                int colon = key.indexOf(':');
                yield colon < 0 ? lexicon.commonWordsSoundingAs(key)
                        : lexicon.commonWordsSoundingAs(key.substring(colon + 1),
                                Integer.parseInt(key.substring(0, colon)));
            }
            case Lexicon.WRITTEN_CONSONANTS -> {
                int colon = key.indexOf(':');
                yield lexicon.writtenWordsWithConsonants(key.substring(colon + 1),
                        Integer.parseInt(key.substring(0, colon)));
            }
            case Lexicon.CONSONANT_SOUNDS -> {
                int colon = key.indexOf(':');
                yield lexicon.writtenWordsWithConsonantSounds(key.substring(colon + 1),
                        Integer.parseInt(key.substring(0, colon)));
            }
            case Lexicon.TRIGRAM -> {
                int at = key.indexOf(EvidenceLog.SEPARATOR);
                yield lexicon.rarestIntroducedTrigram(key.substring(0, at),
                        key.substring(at + 1));
            }
            default -> null;
        };
        return Optional.ofNullable(answer);
    }

    /**
     * A word's counts, attested variants and candidates read only the corpus words within two
     * edits of it (any case): they stand when no such word moved.
     */
    @Override
    public boolean mayHaveChanged(String source, String key, StatisticChanges changes) {
        String word = switch (source) {
            case CorpusWords.OCCURRENCES, CorpusWords.DOCUMENTS, CorpusWords.VARIANTS -> key;
            case Lexicon.CANDIDATES -> key.substring(2);
            default -> null;
        };
        return word == null || MovedWords.of(changes).near(word);
    }

    @Override
    public Optional<String> guardOf(String source) {
        return switch (source) {
            case Lexicon.COMMON_TWO_EDITS, Lexicon.NEAR_COMMON, Lexicon.SHUFFLED,
                    Lexicon.TWO_EDITS_SAME_FIRST, Lexicon.ONE_KEY_SLIP,
                    Lexicon.SAME_CONSONANTS, Lexicon.SOUNDING_ALIKE ->
                    Optional.of(Lexicon.COMMON_WORDS + EvidenceLog.SEPARATOR);
            default -> Optional.empty();
        };
    }

    /** At least one variant, each one of {@link EnglishSpeller#VARIANTS}. */
    private static List<String> variants(String text) throws OptionType.Rejected {
        List<String> variants = OptionType.items(text);
        if (variants.isEmpty()) {
            throw new OptionType.Rejected("at least one of "
                    + String.join(", ", EnglishSpeller.VARIANTS));
        }
        if (!EnglishSpeller.VARIANTS.containsAll(variants)) {
            throw new OptionType.Rejected("a comma-separated list of "
                    + String.join(", ", EnglishSpeller.VARIANTS));
        }
        return variants;
    }

    /**
     * The word lists an option names (comma-separated), merged; a relative path is resolved
     * against the configuration's base folder: that of {@code corpus-lint.yaml}, else the
     * working directory.
     */
    private static WordList wordList(RuleOptions options, RuleOption<List<Path>> option) {
        WordList merged = WordList.empty();
        for (Path file : options.value(option)) {
            try {
                merged = merged.with(WordList.file(file));
            } catch (OptionFile.UnusableFile e) {
                throw options.invalid(option.name(), options.getString(option.name(), ""),
                        "a readable UTF-8 word list, but " + file + " cannot be read ("
                        + e.getMessage() + ")");
            }
        }
        return merged;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        List<Token> tokens = context.analysis(DocumentAnalyses.WORD_TOKENS);
        DocumentWords doc = new DocumentWords(document.text(), tokens);
        BitSet nonProse = NonProse.spans(document);
        boolean[] titleCase = titleCaseTokens(document, tokens);
        List<TypoFinding> found = findings(doc, nonProse, titleCase);
        // Words with encoding damage are the encoding rule's to report, and paragraphs in
        // another language the language rule's, not misspellings. Both analyses are dear (the
        // language of a paragraph above all) and most articles have no finding: so they are
        // asked for only when there is one. Skipping more words can only take findings away,
        // never add one (each finding is judged by its own word and the document as a whole),
        // so an article with none has none outside those words either.
        if (!found.isEmpty()) {
            BitSet damaged = context.analysis(DocumentAnalyses.TEXT_DAMAGE).damagedWords();
            List<ForeignRun> foreign = context.analysis(DocumentAnalyses.NOT_ENGLISH);
            if (!damaged.isEmpty() || !foreign.isEmpty()) {
                nonProse.or(damaged);
                foreign.forEach(run -> nonProse.set(run.start(), run.end()));
                found = findings(doc, nonProse, titleCase);
            }
        }
        for (TypoFinding f : found) {
            Fix fix = f.confident() && f.replacement() != null
                    ? Fix.of("replace with '" + f.replacement() + "'",
                            context.edit(f.start(), f.end(), f.replacement()), f.fixConfidence())
                    : null;
            context.report(f.severity(), f.start(), f.end(), f.message(), fix);
        }
    }

    /** The findings of {@code doc}'s words, but of those that start at a {@code nonProse} offset. */
    private List<TypoFinding> findings(DocumentWords doc, BitSet nonProse, boolean[] titleCase) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        boolean[] sentenceStart = new boolean[tokens.size()];
        boolean[] slipEligible = new boolean[tokens.size()];
        List<TypoFinding> found = new ArrayList<>();
        byte[] kinds = kindsOf(doc);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = doc.base(i);
            sentenceStart[i] = TokenContext.startsSentence(text, tokens, i);
            if (nonProse.get(token.start())) {
                continue;
            }
            byte kind = kinds[doc.id(i)];
            if (kind == UNCHECKED) {
                continue;
            }
            if (kind == REJECTED) {
                found.add(rejectedWord(token, word));
                continue;
            }
            boolean accepted = kind == KNOWN || acceptedCompound(text, token, word);
            if (accepted && kind == UNKNOWN) {
                // A short part no dictionary knows is quiet unless it reads as a typing slip.
                Optional<TypoFinding> slip = hyphenPartSlips.find(text, token, word);
                if (slip.isPresent()) {
                    found.add(slip.get());
                    continue;
                }
            }
            if (accepted && kind == KNOWN && !titleCase[i]) {
                // the foll legal opinion: a rare word where the neighbours want a common one
                Optional<TypoFinding> rare = rareWordSlips.find(doc, i);
                if (rare.isPresent()) {
                    found.add(rare.get());
                    continue;
                }
            }
            if (accepted) {
                slipEligible[i] = WordForm.isCapitalized(word) && !titleCase[i];
                possessives.find(doc, i).ifPresent(found::add);
                apostrophesLost.find(doc, i, !sentenceStart[i] && !titleCase[i])
                        .ifPresent(found::add);
                Optional<TypoFinding> apostrophe = apostrophesAfterS.find(doc, i);
                (apostrophe.isPresent() ? apostrophe : apostropheSlips.find(doc, i))
                        .ifPresent(found::add);
                continue;
            }
            Optional<TypoFinding> apostrophe = apostrophesAfterS.find(doc, i);
            if (apostrophe.isEmpty()) {
                apostrophe = apostropheSlips.find(doc, i);
            }
            if (apostrophe.isPresent()) {
                found.add(apostrophe.get());
                continue;
            }
            Optional<TypoFinding> unknown = unknownWords.judge(doc, i, sentenceStart[i], titleCase[i]);
            if (unknown.isEmpty() || unknown.get().severity() == Severity.INFO) {
                Optional<TypoFinding> lost = apostrophesLost.findUnknown(doc, i,
                        !sentenceStart[i] && !titleCase[i]);
                unknown = lost.isPresent() ? lost : unknown;
            }
            unknown.ifPresent(found::add);
        }
        found.addAll(slips.find(doc, slipEligible, sentenceStart));
        return found;
    }

    private TypoFinding rejectedWord(Token token, String word) {
        Optional<String> replacement = lexicon.rejected().replacementFor(word);
        int end = token.start() + word.length();
        return new TypoFinding(token.start(), end, Severity.ERROR, "'" + word
                + "' is on the reject list" + replacement.map(r -> "; use '" + r + "'").orElse(""),
                replacement.orElse(null), replacement.isPresent(),
                TypoEvidence.of(TypoEvidence.Kind.REJECTED, 0, 1));
    }

    private static final byte UNCHECKED = 1;
    private static final byte REJECTED = 2;
    private static final byte KNOWN = 3;
    private static final byte UNKNOWN = 4;

    /**
     * Per distinct word of the document (by {@link DocumentWords#id}): whether it is checked at
     * all, and if so rejected, known or unknown. What holds of a word wherever it stands is
     * worked out once per document, and kept with a word of the corpus for every later one;
     * the document's words are found in the corpus table together.
     */
    private byte[] kindsOf(DocumentWords doc) {
        WordTable table = lexicon.corpus().table();
        int n = doc.distinctWords();
        int[] records = new int[n];
        table.findAll(doc.wordArray(), n, records);
        doc.keepRecords(records);
        byte[] kinds = new byte[n];
        for (int id = 0; id < n; id++) {
            int record = records[id];
            int cached = record < 0 ? 0
                    : (table.facts(record) >>> WordTable.KIND_SHIFT) & WordTable.KIND_MASK;
            kinds[id] = cached != 0 ? (byte) cached : kindOf(doc.word(id), table, record);
        }
        return kinds;
    }

    private byte kindOf(String word, WordTable table, int record) {
        byte kind;
        if (!checkable(word)) {
            kind = UNCHECKED;
        } else if (lexicon.isRejected(word)) {
            kind = REJECTED;
        } else {
            kind = lexicon.isKnown(word) ? KNOWN : UNKNOWN;
        }
        if (record >= 0) {
            table.addFacts(record, kind << WordTable.KIND_SHIFT);
        }
        return kind;
    }

    /** Words worth a dictionary look-up: no digits, not an acronym, not a lone letter pair, not too long. */
    private static boolean checkable(String word) {
        return word.length() >= 3 && !WordForm.tooLong(word) && !WordForm.hasDigit(word) && !WordForm.isAllCaps(word)
                && !WordForm.isLowerCamelCase(word)
                && word.indexOf('_') < 0;
    }

    /**
     * A part of a hyphenated word whose whole is known ({@code co-ordinated}), or a short
     * prefix or particle in one ({@code pre-empt}, {@code Jong-un}).
     */
    private boolean acceptedCompound(String text, Token token, String word) {
        if (!TokenContext.inHyphenCompound(text, token)) {
            return false;
        }
        if (word.length() <= 4) {
            return true;
        }
        String compound = WordForm.base(TokenContext.hyphenCompound(text, token));
        if (WordForm.tooLong(compound)) {
            return false;
        }
        return lexicon.isKnown(compound) || lexicon.isKnown(compound.replace("-", ""));
    }

    private static boolean[] titleCaseTokens(Document document, List<Token> tokens) {
        boolean[] flags = new boolean[tokens.size()];
        int first = 0;
        for (int line = 1; line <= document.lineCount(); line++) {
            int end = document.lineMap().lineContentEnd(line);
            int last = first;
            while (last < tokens.size() && tokens.get(last).start() < end) {
                last++;
            }
            if (TokenContext.isTitleCase(tokens, first, last)) {
                Arrays.fill(flags, first, last, true);
            }
            first = last;
        }
        return flags;
    }
}
