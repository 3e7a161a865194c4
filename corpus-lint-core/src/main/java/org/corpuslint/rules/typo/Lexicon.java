package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.corpuslint.profile.EvidenceLog;

/**
 * What one run knows about words: the dictionary, the vocabulary (shipped and the user's accept
 * list), the corpus's own words, and a cache so that each distinct word is looked up and its
 * variants found once per run, whatever the number of its occurrences. Thread-safe.
 */
final class Lexicon {

    /** Lower-case words this long may be two edits from a dictionary word the article uses. */
    static final int MIN_TWO_EDIT_LENGTH = 5;
    /** A name cut short is judged from this many letters left. */
    private static final int MIN_CUT_NAME_LENGTH = 4;
    static final int MIN_SHUFFLED_LENGTH = 4;
    static final int MIN_COMMON_TWO_EDIT_LENGTH = 6;
    static final int COMMON_TWO_EDIT_USES = 10;
    /** Words this long may be three edits from the common word meant, sharing its start. */
    static final int LONG_NEAR_LENGTH = 8;
    private static final int LONG_NEAR_START = 3;
    /** Evidence query names ({@link EvidenceLog}) of the answers cached here. */
    static final String CANDIDATES = TypoRule.ID + ".candidates";
    static final String COMMON_TWO_EDITS = TypoRule.ID + ".commonTwoEdits";
    static final String NEAR_COMMON = TypoRule.ID + ".nearCommon";
    static final String SHUFFLED = TypoRule.ID + ".shuffled";
    static final String SAME_CONSONANTS = TypoRule.ID + ".sameConsonants";
    static final String SOUNDING_ALIKE = TypoRule.ID + ".soundingAlike";
    static final String TRIGRAM = TypoRule.ID + ".trigram";
    static final String WRITTEN_CONSONANTS = TypoRule.ID + ".writtenConsonants";
    static final String CONSONANT_SOUNDS = TypoRule.ID + ".consonantSounds";
    static final String TWO_EDITS_SAME_FIRST = TypoRule.ID + ".twoEditsSameFirst";
    static final String ONE_KEY_SLIP = TypoRule.ID + ".oneKeySlip";
    /** The guard of the three above: the common words they are computed from. */
    static final String COMMON_WORDS = TypoRule.ID + ".commonWords";

    private final EnglishSpeller speller;
    private final WordList vocabulary;
    private final WordList rejected;
    private final CorpusWords corpus;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Map<String, List<Candidate>> candidates = new ConcurrentHashMap<>();
    private final Map<String, List<String>> attestedVariants = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> commonTwoEdits = new ConcurrentHashMap<>();
    private final Map<String, List<String>> nearCommon = new ConcurrentHashMap<>();
    /** Most used in the corpus first, then alphabetical; made once, not at every sort. */
    private final java.util.Comparator<String> mostUsedFirst;
    private volatile List<String> commonWords;
    private volatile long commonWordsHash;
    private volatile LetterTrigrams trigrams;
    private volatile Map<String, List<String>> anagrams;
    private volatile Map<String, List<String>> byConsonants;
    private volatile Map<String, List<String>> bySounds;
    private volatile Map<String, List<String>> commonByStart;
    private volatile Map<Character, List<String>> commonByFirstLetter;
    private final Map<String, List<String>> twoEditsSameFirst = new ConcurrentHashMap<>();
    private volatile Set<String> commonWordSet;
    private volatile DeletionIndex commonByDeletion;
    private volatile Map<String, List<String>> writtenByConsonants;
    private volatile int writtenByConsonantsUses;
    private volatile Map<String, List<String>> writtenByConsonantSounds;

    Lexicon(EnglishSpeller speller, WordList vocabulary, WordList rejected, CorpusWords corpus) {
        this.speller = speller;
        this.vocabulary = vocabulary;
        this.rejected = rejected;
        this.corpus = corpus;
        this.mostUsedFirst = java.util.Comparator
                .comparingLong((String w) -> corpus.occurrences(w)).reversed()
                .thenComparing(w -> w);
    }

    CorpusWords corpus() {
        return corpus;
    }

    WordList rejected() {
        return rejected;
    }

    boolean isRejected(String word) {
        return rejected.contains(word);
    }

    /** True when the dictionary or the vocabulary knows {@code word} (a base form). */
    boolean isKnown(String word) {
        // A word of the corpus keeps its answer in the corpus table; others in a map.
        WordTable table = corpus.table();
        int record = table.find(word);
        if (record >= 0) {
            int facts = table.facts(record);
            if ((facts & WordTable.KNOWN_SET) != 0) {
                return (facts & WordTable.KNOWN) != 0;
            }
            boolean answer = lookUp(word);
            table.addFacts(record, WordTable.KNOWN_SET | (answer ? WordTable.KNOWN : 0));
            return answer;
        }
        Boolean cached = known.get(word);
        if (cached == null) {
            cached = lookUp(word);
            known.put(word, cached);
        }
        return cached;
    }

    private boolean lookUp(String word) {
        return !rejected.contains(word) && (vocabulary.contains(word) || speller.isKnown(word));
    }

    /** True for a word the vocabulary lists as a name (a country, an agency, a leader). */
    boolean isVocabularyName(String word) {
        return vocabulary.contains(word) && !WordForm.isLowerCase(word);
    }

    /**
     * Known lower-case words of the article two edits from lower-case {@code word}: a slip
     * that far is only likely for a word the writer is using anyway.
     */
    List<Candidate> twoEditCandidatesIn(DocumentWords doc, String word) {
        List<Candidate> found = new ArrayList<>();
        if (word.length() < MIN_TWO_EDIT_LENGTH) {
            return found;
        }
        for (String other : doc.words()) {
            if (Math.abs(other.length() - word.length()) <= 2 && WordForm.isLowerCase(other)
                    && !other.equals(word) && EditDistance.distance(word, other, 2) == 2
                    && isKnown(other) && !rejected.contains(other)) {
                found.add(new Candidate(other, corpus.occurrences(other), true, 2,
                        EditDistance.Kind.OTHER));
            }
        }
        found.sort(java.util.Comparator.comparing(Candidate::word));
        return found;
    }

    /**
     * The one lower-case dictionary word the corpus uses {@value #COMMON_TWO_EDIT_USES} times
     * or more that is two edits from lower-case {@code word} ({@code accros}, {@code across}),
     * or empty when there is none or several; for words of {@value #MIN_COMMON_TWO_EDIT_LENGTH}
     * letters or more, which two edits rarely turn into another common word, and only a word
     * that begins with the same two letters. Cached.
     */
    Optional<String> commonWordTwoEditsFrom(String word) {
        if (word.length() < MIN_COMMON_TWO_EDIT_LENGTH) {
            return Optional.empty();
        }
        Optional<String> answer = commonTwoEdits.computeIfAbsent(word, w -> {
            String found = null;
            for (String other : commonWordsStartingAs(w)) {
                // Slips that far keep the word's start: maloti is no multi, onstart no start.
                if (Math.abs(other.length() - w.length()) <= 1
                        && EditDistance.distance(w, other, 2) == 2) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = other;
                }
            }
            return Optional.ofNullable(found);
        });
        EvidenceLog.note(COMMON_TWO_EDITS, word, answer);
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return answer;
    }

    /**
     * True when some lower-case dictionary word the corpus uses {@value #COMMON_TWO_EDIT_USES}
     * times or more is at most two edits from lower-case {@code word} and begins with the same
     * two letters: the word reads as a misspelling of a common word even when several are that
     * close ({@code figuars}: figures, figure). A word of {@value #LONG_NEAR_LENGTH} letters or
     * more may be three edits from one that shares its first three letters
     * ({@code absouldly}, absolutely). Cached with {@link #commonWordTwoEditsFrom}.
     */
    boolean nearCommonWords(String word) {
        return !nearestCommonWords(word).isEmpty();
    }

    /**
     * The closest of the common words {@link #nearCommonWords} finds, at most two: fewest
     * edits first, then a word of the same length (a slip that keeps the length is likelier
     * than one that also drops or adds a letter), then the one the corpus uses most. A hint
     * for a misspelling too far from any word to fix.
     */
    List<String> nearestCommonWords(String word) {
        List<String> answer = nearCommon.computeIfAbsent(word, w -> {
            List<String> near = new ArrayList<>();
            Map<String, Integer> distances = new HashMap<>();
            for (String other : commonWordsStartingAs(w)) {
                if (Math.abs(other.length() - w.length()) > 2) {
                    continue;
                }
                int distance = EditDistance.distance(w, other, 3);
                // A long word misspelt three times over keeps its start (absouldly, absolutely).
                if (distance <= 2 || (distance == 3 && w.length() >= LONG_NEAR_LENGTH
                        && other.length() >= LONG_NEAR_LENGTH
                        && other.regionMatches(0, w, 0, LONG_NEAR_START))) {
                    near.add(other);
                    distances.put(other, distance);
                }
            }
            near.sort(java.util.Comparator.<String>comparingInt(distances::get)
                    .thenComparingInt(o -> o.length() == w.length() ? 0 : 1)
                    .thenComparing(java.util.Comparator.comparingLong(
                            (String o) -> corpus.occurrences(o)).reversed())
                    .thenComparing(o -> o));
            return List.copyOf(near.subList(0, Math.min(2, near.size())));
        });
        EvidenceLog.note(NEAR_COMMON, word, answer);
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return answer;
    }

    /**
     * The one common word of the corpus with the same letters as lower-case {@code word}, in
     * another order but with the same first letter ({@code tath}, {@code that}; {@code jstu},
     * {@code just}): a letter typed too early or too late. Words of four letters or more.
     */
    Optional<String> shuffledCommonWord(String word) {
        if (word.length() < MIN_SHUFFLED_LENGTH) {
            return Optional.empty();
        }
        Map<String, List<String>> index = anagrams;
        if (index == null) {
            index = commonWordsBy(Lexicon::sortedLetters);
            anagrams = index;
        }
        List<String> found = new ArrayList<>();
        for (String w : index.getOrDefault(sortedLetters(word), List.of())) {
            if (!w.equals(word) && w.charAt(0) == word.charAt(0)) {
                found.add(w);
            }
        }
        Optional<String> answer = found.size() == 1 ? Optional.of(found.get(0))
                : Optional.empty();
        EvidenceLog.note(SHUFFLED, word, answer);
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return answer;
    }

    /**
     * The common lower-case words of the corpus, most used first, with the first letter and
     * the consonants of lower-case {@code word} in the same order ({@link
     * SameConsonants#key}) and at most two edits from it ({@code agine}: again; {@code prity}:
     * pretty): the readings of a word misspelt by ear, whose vowels are what spelling leaves to
     * memory. Words of four letters or more.
     */
    List<String> commonWordsWithSameConsonants(String word) {
        if (word.length() < MIN_SHUFFLED_LENGTH) {
            return List.of();
        }
        Map<String, List<String>> index = byConsonants;
        if (index == null) {
            index = commonWordsBy(SameConsonants::key);
            byConsonants = index;
        }
        List<String> answer = mostUsedWithinTwoEdits(word,
                index.getOrDefault(SameConsonants.key(word), List.of()), w -> true);
        EvidenceLog.note(SAME_CONSONANTS, word, answer);
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return answer;
    }

    /**
     * The common lower-case words of the corpus, most used first, that sound like lower-case
     * {@code word} ({@link SpeltAsItSounds#key}), begin with its letter and are at most two
     * edits from it
     * ({@code skools}: schools; {@code forien}: foreign): the readings of a word spelt by ear.
     * Words of three letters or more.
     */
    List<String> commonWordsSoundingAs(String word) {
        return commonWordsSoundingAs(word, 2);
    }

    /**
     * As {@link #commonWordsSoundingAs(String)}, up to {@code maxEdits} edits away: a long word
     * spelt wholly by ear ({@code speshil}: special) changes more letters than a slip does
     * while its sounds stay those of the word.
     */
    List<String> commonWordsSoundingAs(String word, int maxEdits) {
        if (word.length() < MIN_SHUFFLED_LENGTH - 1) {
            return List.of();
        }
        Map<String, List<String>> index = bySounds;
        if (index == null) {
            index = commonWordsBy(SpeltAsItSounds::key);
            bySounds = index;
        }
        // The writer who spells by ear still knows the word's first letter (kean is no can).
        List<String> answer = mostUsedWithin(word,
                index.getOrDefault(SpeltAsItSounds.key(word), List.of()), maxEdits,
                w -> w.charAt(0) == word.charAt(0));
        if (EvidenceLog.recording()) { // the key is built only for a recording
            EvidenceLog.note(SOUNDING_ALIKE, maxEdits == 2 ? word : maxEdits + ":" + word, answer);
        }
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return answer;
    }

    /**
     * The lower-case dictionary words the corpus writes {@code minUses} times or more, most
     * used first, with the first letter of lower-case {@code word} and its consonants in order
     * ({@link ReadingTheCorpusWrites#consonants}), at most two edits from it ({@code funrel}:
     * funeral, funnel). Words of five letters or more.
     */
    List<String> writtenWordsWithConsonants(String word, int minUses) {
        if (word.length() < MIN_TWO_EDIT_LENGTH) {
            return List.of();
        }
        Map<String, List<String>> index = writtenByConsonants;
        if (index == null || writtenByConsonantsUses != minUses) {
            // Read whole; the answer below is recorded instead (EvidenceLog).
            index = corpusWordsFiledBy(
                    (w, uses) -> WordForm.isLowerCase(w) && uses >= minUses, Lexicon::consonantKey);
            writtenByConsonantsUses = minUses;
            writtenByConsonants = index;
        }
        List<String> answer = mostUsedWithinTwoEdits(word,
                index.getOrDefault(consonantKey(word), List.of()),
                w -> isKnown(w) && !rejected.contains(w));
        if (EvidenceLog.recording()) { // the key is built only for a recording
            EvidenceLog.note(WRITTEN_CONSONANTS, minUses + ":" + word, answer);
        }
        return answer;
    }

    /**
     * The lower-case dictionary words the corpus writes at least once and LanguageTool puts in
     * frequency class {@code minFrequency} or above, with the consonant sounds of lower-case
     * {@code word} ({@link ConsonantSounds#of}), most used first: the readings of a word spelt
     * by ear whose vowels went astray ({@code immidatly}: immediately). A word need not be
     * common in a small corpus to be a frequent English word (infamous, twice in 400 articles).
     */
    List<String> writtenWordsWithConsonantSounds(String word, int minFrequency) {
        Map<String, List<String>> index = writtenByConsonantSounds;
        if (index == null) {
            // Filed by their sounds alone: the dictionary's answers are asked only for the few
            // words filed under a misspelling's sounds, not for every word of the corpus.
            index = corpusWordsFiledBy((w, uses) -> w.length() >= ConsonantSounds.MIN_SOUNDS
                    && WordForm.isLowerCase(w) && uses > 0, w -> {
                        String sounds = ConsonantSounds.of(w);
                        return sounds.length() >= ConsonantSounds.MIN_SOUNDS ? sounds : null;
                    });
            writtenByConsonantSounds = index;
        }
        List<String> answer = new ArrayList<>();
        for (String w : index.getOrDefault(ConsonantSounds.of(word), List.of())) {
            if (frequency(w) >= minFrequency && isKnown(w) && !rejected.contains(w)) {
                answer.add(w);
            }
        }
        answer.sort(mostUsedFirst);
        if (EvidenceLog.recording()) { // the key is built only for a recording
            EvidenceLog.note(CONSONANT_SOUNDS, minFrequency + ":" + word, answer);
        }
        return List.copyOf(answer);
    }

    /**
     * The corpus words {@code keep} accepts (given each word and its uses, counted by id as
     * {@code corpus.occurrences} would find them), filed under {@code key} (null: not filed).
     * Read whole and unrecorded: the callers record their answers instead (EvidenceLog).
     */
    private Map<String, List<String>> corpusWordsFiledBy(WordAndUses keep,
            java.util.function.Function<String, String> key) {
        return EvidenceLog.quietly(() -> {
            Map<String, List<String>> filed = new HashMap<>();
            WordTable table = corpus.table();
            List<String> words = table.words();
            for (int id = 0; id < words.size(); id++) {
                String w = words.get(id);
                String k = keep.test(w, table.occurrencesOfId(id)) ? key.apply(w) : null;
                if (k != null) {
                    filed.computeIfAbsent(k, x -> new ArrayList<>(1)).add(w);
                }
            }
            return filed;
        });
    }

    /** A test of a corpus word and how often the corpus uses it. */
    @FunctionalInterface
    private interface WordAndUses {
        boolean test(String word, long uses);
    }

    /**
     * The words of {@code group} other than {@code word}, at most two edits from it, that pass
     * {@code also}: most used in the corpus first, then in alphabetical order.
     */
    private List<String> mostUsedWithinTwoEdits(String word, List<String> group,
            java.util.function.Predicate<String> also) {
        return mostUsedWithin(word, group, 2, also);
    }

    private List<String> mostUsedWithin(String word, List<String> group, int maxEdits,
            java.util.function.Predicate<String> also) {
        List<String> found = new ArrayList<>();
        for (String w : group) {
            if (!w.equals(word) && Math.abs(w.length() - word.length()) <= 2
                    && EditDistance.distance(word, w, maxEdits) <= maxEdits && also.test(w)) {
                found.add(w);
            }
        }
        found.sort(mostUsedFirst);
        return List.copyOf(found);
    }

    private static String consonantKey(String word) {
        return word.charAt(0) + ReadingTheCorpusWrites.consonants(word);
    }

    /** The common lower-case words of the corpus grouped by {@code key}. */
    private Map<String, List<String>> commonWordsBy(
            java.util.function.Function<String, String> key) {
        Map<String, List<String>> built = new HashMap<>();
        for (String w : commonLowerCaseWords()) {
            built.computeIfAbsent(key.apply(w), k -> new ArrayList<>(1)).add(w);
        }
        return built;
    }

    private static String sortedLetters(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }

    /**
     * The common lower-case words of the corpus that begin with the same two letters as
     * {@code word}: filed by those letters once, so that each look-up reads a few hundred words
     * rather than all of them.
     */
    private List<String> commonWordsStartingAs(String word) {
        Map<String, List<String>> index = commonByStart;
        if (index == null) {
            Map<String, List<String>> built = new HashMap<>();
            for (String w : commonLowerCaseWords()) {
                if (w.length() >= 2) {
                    built.computeIfAbsent(w.substring(0, 2), k -> new ArrayList<>()).add(w);
                }
            }
            index = built;
            commonByStart = built;
        }
        return word.length() < 2 ? List.of() : index.getOrDefault(word.substring(0, 2), List.of());
    }

    /**
     * The common lower-case words of the corpus ({@value #COMMON_TWO_EDIT_USES} uses or more)
     * one or two edits from lower-case {@code word} that begin with its first letter, in
     * alphabetical order: the readings that only the words around a misspelling can rank
     * ({@link NeighbourPairs}). Cached.
     */
    List<String> commonWordsTwoEditsAway(String word) {
        List<String> answer = twoEditsSameFirst.computeIfAbsent(word, w -> {
            List<String> found = new ArrayList<>();
            for (String other : commonWordsStartingWith(w.charAt(0))) {
                if (Math.abs(other.length() - w.length()) <= 2 && !other.equals(w)
                        && EditDistance.distance(w, other, 2) <= 2) {
                    found.add(other);
                }
            }
            found.sort(null);
            return List.copyOf(found);
        });
        EvidenceLog.note(TWO_EDITS_SAME_FIRST, word, answer);
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return answer;
    }

    /**
     * The common lower-case words of the corpus that {@code word} is with one letter left out
     * or two adjacent letters swapped (or, for a letter struck twice, one of a doubled pair
     * lost): the words filed under {@code word} by one deletion, and the strings a swap or a
     * lost double makes looked up, for a check asked of every rare word. Not cached: each such
     * word is written once.
     */
    List<String> commonWordsOneKeySlipFrom(String word) {
        List<String> found = new ArrayList<>();
        for (String w : commonWordsByDeletion().filedUnder(word)) {
            if (w.length() == word.length() + 1) { // not the word itself, also filed under it
                found.add(w);
            }
        }
        Set<String> common = commonWordSet();
        char[] letters = word.toCharArray();
        for (int k = 0; k + 1 < letters.length; k++) {
            char here = letters[k];
            char next = letters[k + 1];
            if (here == next) { // a doubled letter: the word with one of them
                addIfCommon(word.substring(0, k).concat(word.substring(k + 1)), common, found);
                continue;
            }
            letters[k] = next;
            letters[k + 1] = here;
            addIfCommon(new String(letters), common, found);
            letters[k] = here;
            letters[k + 1] = next;
        }
        EvidenceLog.note(ONE_KEY_SLIP, word, found);
        EvidenceLog.note(COMMON_WORDS, "", commonWordsHash());
        return found;
    }

    private static void addIfCommon(String candidate, Set<String> common, List<String> found) {
        if (common.contains(candidate) && !found.contains(candidate)) {
            found.add(candidate);
        }
    }

    private Set<String> commonWordSet() {
        Set<String> set = commonWordSet;
        if (set == null) {
            set = Set.copyOf(commonLowerCaseWords());
            commonWordSet = set;
        }
        return set;
    }

    /** Each common lower-case word filed under itself and every string one deletion makes of it. */
    private DeletionIndex commonWordsByDeletion() {
        DeletionIndex index = commonByDeletion;
        if (index == null) {
            List<String> words = commonLowerCaseWords();
            boolean[] filed = new boolean[words.size()];
            java.util.Arrays.fill(filed, true);
            index = new DeletionIndex(words, filed);
            commonByDeletion = index;
        }
        return index;
    }

    private List<String> commonWordsStartingWith(char first) {
        Map<Character, List<String>> index = commonByFirstLetter;
        if (index == null) {
            Map<Character, List<String>> built = new HashMap<>();
            for (String w : commonLowerCaseWords()) {
                built.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
            index = built;
            commonByFirstLetter = built;
        }
        return index.getOrDefault(first, List.of());
    }

    private List<String> commonLowerCaseWords() {
        List<String> words = commonWords;
        if (words == null) {
            // Read whole; its users record their own answers (EvidenceLog).
            words = EvidenceLog.quietly(() -> {
                List<String> list = new ArrayList<>();
                WordTable table = corpus.table();
                List<String> all = table.words();
                for (int id = 0; id < all.size(); id++) {
                    // the count by id, as corpus.occurrences(w) would find it (unrecorded here)
                    String w = all.get(id);
                    if (WordForm.isLowerCase(w)
                            && table.occurrencesOfId(id) >= COMMON_TWO_EDIT_USES && isKnown(w) && !rejected.contains(w)) {
                        list.add(w);
                    }
                }
                return List.copyOf(list);
            });
            commonWordsHash = EvidenceLog.hash(words);
            commonWords = words;
        }
        return words;
    }

    /** A hash of the common lower-case words: the input of the answers it guards. */
    long commonWordsHash() {
        commonLowerCaseWords();
        return commonWordsHash;
    }

    /** Corpus words within the edit budget of {@code word}, any case; cached per word. */
    List<String> attestedVariants(String word) {
        List<String> cached = attestedVariants.get(word);
        if (cached == null) {
            cached = corpus.variantsOf(word);
            attestedVariants.put(word, cached);
        }
        EvidenceLog.note(CorpusWords.VARIANTS, word, cached);
        return cached;
    }

    /**
     * The fewest dictionary and corpus words sharing a letter trigram that {@code written} has
     * and {@code intended} lacks (see {@link LetterTrigrams}); the tables are built on first use.
     */
    LetterTrigrams.Introduced rarestIntroducedTrigram(String written, String intended) {
        LetterTrigrams t = trigrams;
        if (t == null) {
            synchronized (this) {
                if (trigrams == null) {
                    trigrams = new LetterTrigrams(speller.dictionaryTrigrams(), corpus);
                }
                t = trigrams;
            }
        }
        LetterTrigrams.Introduced answer = t.rarestIntroduced(written, intended);
        EvidenceLog.note(TRIGRAM, written + EvidenceLog.SEPARATOR + intended, answer);
        return answer;
    }

    /** Dictionary words at most two edits from lower-case {@code word}, with their frequency class. */
    Map<String, Integer> dictionaryWordsWithinTwoEdits(String word) {
        return speller.wordsWithinTwoEdits(word);
    }

    /** The same, only the words that begin with the first {@code shared} letters of {@code word}. */
    Map<String, Integer> dictionaryWordsWithinTwoEdits(String word, int shared) {
        return speller.wordsWithinTwoEdits(word, shared);
    }

    /** True when a longer dictionary word begins with lower-case {@code start}. */
    boolean beginsDictionaryWord(String start) {
        return speller.beginsLongerWord(start);
    }

    /** LanguageTool's frequency class of a known word (higher is more common). */
    int frequency(String word) {
        return speller.frequency(word);
    }

    /**
     * The words that unknown {@code word} may have been meant to be: attested corpus words
     * within its edit budget and, when {@code lowerCaseWord}, known dictionary words one edit
     * from its lower-case form.
     */
    List<Candidate> candidates(String word, boolean lowerCaseWord) {
        String key = (lowerCaseWord ? "l:" : "n:") + word;
        List<Candidate> cached = candidates.get(key);
        if (cached == null) {
            cached = EvidenceLog.quietly(() -> findCandidates(word, lowerCaseWord));
            candidates.put(key, cached);
        }
        EvidenceLog.note(CANDIDATES, key, cached);
        return cached;
    }

    private List<Candidate> findCandidates(String word, boolean lowerCaseWord) {
        List<Candidate> found = new ArrayList<>();
        String lower = word.toLowerCase(Locale.ROOT);
        for (String attested : attestedVariants(word)) {
            boolean wantLower = lowerCaseWord;
            if (wantLower != WordForm.isLowerCase(attested.substring(0, 1))
                    || attested.equalsIgnoreCase(word)
                    || (extension(word, attested) && !finalLetterDropped(word, attested)
                            && !finalLetterDoubled(word, attested)
                            && !finalLetterDoubled(attested, word))
                    || WordForm.isAllCaps(attested)) {
                continue;
            }
            boolean isKnown = isKnown(attested);
            long count = corpus.occurrences(attested);
            found.add(candidate(word, attested, count, isKnown));
        }
        if (lowerCaseWord) {
            for (String edit : speller.knownEditsOf(lower)) {
                long uses = corpus.occurrencesInEitherCase(edit);
                if (!rejected.contains(edit)
                        && !Candidate.anyNamed(found, edit)) {
                    found.add(candidate(word, edit, uses, true));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Candidate candidate(String written, String word, long count, boolean known) {
        int distance = EditDistance.distance(written, word, 2);
        EditDistance.Kind kind = distance == 1 ? EditDistance.kind(written, word)
                : EditDistance.Kind.OTHER;
        return new Candidate(word, count, known, distance, kind);
    }

    /**
     * {@code Blairs} and {@code Blair}, {@code Saudi} and {@code Saud}: one is the other with a
     * letter added at the end, usually another form of the same name, not a misspelling.
     */
    static boolean extension(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return longer.length() == shorter.length() + 1
                && longer.regionMatches(true, 0, shorter, 0, shorter.length());
    }

    /**
     * {@code Decemberr} for {@code December}: the last letter typed twice, not another form;
     * also, arguments swapped, {@code Guinnes} for {@code Guinness}: one of a final pair lost.
     */
    private static boolean finalLetterDoubled(String written, String attested) {
        int n = written.length();
        return n == attested.length() + 1 && n >= 3
                && written.charAt(n - 1) == written.charAt(n - 2);
    }

    /**
     * {@code Europea} for the far commoner {@code European}: the last letter left out, not
     * another form ({@code Blair}, {@code Blairs}).
     */
    private boolean finalLetterDropped(String written, String attested) {
        if (!WordForm.isCapitalized(written) || attested.length() != written.length() + 1
                || attested.endsWith("'")) {
            return false;
        }
        long uses = corpus.occurrences(attested);
        long writtenUses = Math.max(1, corpus.occurrences(written));
        // Cente for Center, Ebber for Ebbers: a name the dictionary or the name lists know,
        // cut short into something neither does.
        // Beatle and Beatles: an s added is a plural, unless the name is a surname (Ebbers).
        boolean knownName = written.length() >= MIN_CUT_NAME_LENGTH && uses >= 2 * writtenUses
                && (isKnownName(attested) || PersonalNames.contains(attested))
                && !PersonalNames.contains(written)
                && (!attested.endsWith("s") || PersonalNames.isSurname(attested));
        return knownName || (!attested.endsWith("s") && uses >= 20 * writtenUses);
    }

    /**
     * True for a name the dictionary knows only with a capital ({@code Chelsea}), or the
     * vocabulary lists; not for a common word that starts a sentence ({@code There}).
     */
    boolean isKnownName(String word) {
        return isVocabularyName(word)
                || (isKnown(word) && !isKnown(word.toLowerCase(Locale.ROOT)));
    }

    /** True for a given name or surname people have: on the name lists or the vocabulary's. */
    boolean isPersonalName(String word) {
        return PersonalNames.contains(word) || isVocabularyName(word);
    }

    /** True for a common word: known in lower case. */
    boolean isCommonWord(String word) {
        return isKnown(word.toLowerCase(Locale.ROOT));
    }
}
