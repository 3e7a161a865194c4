package org.corpuslint.rules.typo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's English dictionaries (the Morfologik FSAs of {@code english-pos-dict}) for a set of variants: a word is known
 * when any variant accepts it, or LanguageTool's own English accept lists name it. Loaded once
 * per JVM and variant set, and immutable; lookups are thread-safe (one Morfologik speller per
 * thread, over the shared dictionaries).
 */
final class EnglishSpeller {

    /** Variants corpus-lint can load, by LanguageTool short code. */
    static final List<String> VARIANTS = List.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ",
            "en-ZA");

    private static final String RESOURCES = "/org/languagetool/resource/en/hunspell/";
    private static final Map<List<String>, EnglishSpeller> LOADED = new ConcurrentHashMap<>();

    private final List<Dictionary> dictionaries;
    private final String firstVariant;
    private final Set<String> acceptedWords;
    private final ThreadLocal<List<Speller>> spellers;
    /** Spellers that search two edits deep: only for the few words nothing else explains. */
    private final ThreadLocal<List<FarSpeller>> farSpellers;
    private final KnownEdits edits;
    private volatile int[] trigrams;
    private final java.util.concurrent.atomic.AtomicBoolean preloading =
            new java.util.concurrent.atomic.AtomicBoolean();

    private EnglishSpeller(List<String> variants) {
        List<Dictionary> dicts = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        readWords(RESOURCES + "spelling.txt", accepted);
        readWords(RESOURCES + "ignore.txt", accepted);
        for (String variant : variants) {
            String file = variant.replace('-', '_');
            dicts.add(withArcTables(readDictionary(RESOURCES + file + ".dict")));
            readWords(RESOURCES + "spelling_" + variant + ".txt", accepted);
        }
        this.dictionaries = List.copyOf(dicts);
        this.firstVariant = variants.isEmpty() ? null : variants.get(0);
        this.acceptedWords = Set.copyOf(accepted);
        this.edits = new KnownEdits(dictionaries, acceptedWords);
        this.spellers = ThreadLocal.withInitial(() -> dictionaries.stream()
                .map(d -> new Speller(d, 1)).toList());
        this.farSpellers = ThreadLocal.withInitial(() -> dictionaries.stream()
                .map(FarSpeller::new).toList());
    }

    /**
     * The speller for {@code variants} (short codes such as {@code en-GB}), loaded on first use.
     *
     * @throws IllegalArgumentException for a variant that is not one of {@link #VARIANTS}
     */
    static EnglishSpeller forVariants(List<String> variants) {
        for (String variant : variants) {
            if (!VARIANTS.contains(variant)) {
                throw new IllegalArgumentException(variant);
            }
        }
        return LOADED.computeIfAbsent(List.copyOf(variants), EnglishSpeller::new);
    }

    /** True when a variant's dictionary or LanguageTool's accept lists know {@code word}. */
    boolean isKnown(String word) {
        if (acceptedWords.contains(word)) {
            return true;
        }
        for (Speller speller : spellers.get()) {
            if (!speller.isMisspelled(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Known words one edit (deletion, insertion, substitution of a letter or transposition of
     * two adjacent letters) away from lower-case {@code word}.
     */
    List<String> knownEditsOf(String word) {
        return edits.of(word, this::isKnown);
    }

    /**
     * Lower-case words of any variant's dictionary at most two edits from lower-case
     * {@code word}, with their frequency class: a walk of the dictionaries (a few milliseconds),
     * for the rare word no nearer evidence explains.
     */
    Map<String, Integer> wordsWithinTwoEdits(String word) {
        return wordsWithinTwoEdits(word, 0);
    }

    /**
     * The words of {@link #wordsWithinTwoEdits} that begin with the first {@code shared}
     * letters of {@code word} (ASCII letters), found by a walk that leaves every other branch of
     * the dictionaries at its first letters: most of a two-edit walk is spent there.
     */
    Map<String, Integer> wordsWithinTwoEdits(String word, int shared) {
        Map<String, Integer> found = new java.util.TreeMap<>();
        for (FarSpeller far : farSpellers.get()) {
            for (String replacement : far.replacements(word, shared)) {
                if (!replacement.equals(word) && WordForm.isLowerCase(replacement)
                        && replacement.regionMatches(0, word, 0, shared)) {
                    found.merge(replacement, far.speller.getFrequency(replacement), Math::max);
                }
            }
        }
        return found;
    }

    /** A two-edit speller over a view of its dictionary that a search may keep to a start. */
    private static final class FarSpeller {
        private final WordStartFsa view;
        private final Speller speller;
        private final boolean convertsWords;

        FarSpeller(Dictionary dictionary) {
            view = new WordStartFsa(dictionary.fsa);
            speller = new Speller(new Dictionary(view, dictionary.metadata), 2);
            convertsWords = !dictionary.metadata.getInputConversionPairs().isEmpty()
                    || !dictionary.metadata.getOutputConversionPairs().isEmpty();
        }

        List<String> replacements(String word, int shared) {
            String start = word.substring(0, Math.min(shared, word.length()));
            // The automaton spells a word it does not convert in its own encoding; an ASCII
            // start is one byte a letter in any encoding Morfologik reads.
            if (convertsWords || start.isEmpty() || !start.chars().allMatch(c -> c < 0x80)) {
                return speller.findReplacements(word);
            }
            view.keepTo(start.getBytes(StandardCharsets.US_ASCII));
            try {
                return speller.findReplacements(word);
            } finally {
                view.keepAll();
            }
        }
    }

    /**
     * True when some word of a variant's dictionary begins with lower-case {@code start} and is
     * longer ({@code surveil}: surveillance; {@code refurb}: refurbish).
     */
    boolean beginsLongerWord(String start) {
        byte[] bytes = start.getBytes(StandardCharsets.UTF_8);
        for (Dictionary dictionary : dictionaries) {
            morfologik.fsa.MatchResult match = new morfologik.fsa.FSATraversal(dictionary.fsa)
                    .match(bytes);
            if (match.kind == morfologik.fsa.MatchResult.SEQUENCE_IS_A_PREFIX) {
                return true;
            }
        }
        return false;
    }

    /** The same as {@link #knownEditsOf}, every variant looked up: what it must equal. */
    List<String> knownEditsLookingUpEach(String word) {
        Set<String> found = new HashSet<>();
        for (String candidate : EditDistance.variantsOf(word)) {
            if (isKnown(candidate)) {
                found.add(candidate);
            }
        }
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(null);
        return sorted;
    }

    /** LanguageTool's frequency class of {@code word} (0 = rare or unknown, up to about 25). */
    int frequency(String word) {
        int best = 0;
        for (Speller speller : spellers.get()) {
            best = Math.max(best, speller.getFrequency(word));
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                best = Math.max(best, speller.getFrequency(word.toLowerCase(Locale.ROOT)));
            }
        }
        return best;
    }

    /**
     * {@link LetterTrigrams} counts over the words of the first variant's dictionary, built on
     * first use (about a fifth of a second) and shared.
     */
    int[] dictionaryTrigrams() {
        int[] counts = trigrams;
        if (counts == null) {
            synchronized (this) {
                if (trigrams == null) {
                    int[] table = firstVariant == null ? null
                            : DictionaryTrigramTable.precomputed(firstVariant);
                    trigrams = table != null ? table : countTrigrams(dictionaries.get(0));
                }
                counts = trigrams;
            }
        }
        return counts;
    }

    /** Starts {@link #dictionaryTrigrams} on a background thread, once. */
    void preloadTrigrams() {
        if (trigrams == null && preloading.compareAndSet(false, true)) {
            BackgroundLoad.start("corpus-lint-letter-trigrams", this::dictionaryTrigrams);
        }
    }

    /** The counts over {@code variant}'s dictionary, walked now (for the build-time table). */
    static int[] countTrigrams(String variant) {
        return countTrigrams(readDictionary(RESOURCES + variant.replace('-', '_') + ".dict"));
    }

    private static int[] countTrigrams(Dictionary dictionary) {
        LetterTrigrams.Counter counter = new LetterTrigrams.Counter();
        byte separator = dictionary.metadata.getSeparator();
        for (ByteBuffer entry : dictionary.fsa) {
            int end = entry.position();
            while (end < entry.limit() && entry.get(end) != separator) {
                end++;
            }
            counter.add(entry, entry.position(), end);
        }
        return counter.counts();
    }

    /**
     * The dictionary over its automaton with the arcs of its first two levels in tables
     * ({@link ArcTableFsa}): the same answers, found with less of a walk. Every look-up, walk and
     * search of the rule reads the dictionaries through it.
     */
    private static Dictionary withArcTables(Dictionary dictionary) {
        return new Dictionary(new ArcTableFsa(dictionary.fsa), dictionary.metadata);
    }

    /** Reads the FSA directly, without starting LanguageTool itself. */
    private static Dictionary readDictionary(String resource) {
        URL url = EnglishSpeller.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("LanguageTool dictionary " + resource
                    + " is not on the class path (org.languagetool:english-pos-dict)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool dictionary " + resource, e);
        }
    }

    private static void readWords(String resource, Set<String> into) {
        try (InputStream in = EnglishSpeller.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // not every variant ships an extra list
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#") && !word.contains(" ")) {
                    into.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool resource " + resource, e);
        }
    }
}
