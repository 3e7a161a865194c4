package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.text.Token;

/**
 * Real words that stand where a name was meant: "a traditional Koran hanbok" in an article that
 * says "Korean" five times, or "Gordon Crown" in a corpus that writes "Gordon Brown" throughout.
 * A capitalised dictionary word is such a slip when it is one edit from a name that dominates
 * its document (or completes an attested multi-word name), it occurs only once in the document,
 * the corpus does not use it often in its own right, and it stands where the name stands: beside
 * one of the name's own neighbours, or before a noun when the name is used as an adjective.
 */
final class RealWordSlips {

    /** The slip's corpus occurrences times this must stay below the name's. */
    private static final int RARITY = 4;
    private static final int MIN_NAME_LENGTH = 4;
    /** A name followed by a lower-case word this share of the time is used as an adjective. */
    private static final double MODIFIER_SHARE = 2.0 / 3.0;
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir",
            "Lord", "Lady", "Prof", "Professor", "President", "Prime", "Minister", "King",
            "Queen", "Prince", "Princess", "St", "Saint", "General", "Gen", "Capt", "Captain",
            "Chancellor", "Judge", "Justice", "Rev", "Father", "Mount", "Lake", "River", "The");

    /** Before these a proper noun reads as the thing it names: the Koran, a Mercedes. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "his", "her", "their", "its", "our", "The", "A", "An", "This", "That", "His", "Her");

    private final Lexicon lexicon;
    private final CorpusProfile profile;
    private final int minDominance;
    private final NamePairs pairs;

    RealWordSlips(Lexicon lexicon, CorpusProfile profile, int minDominance) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.minDominance = minDominance;
        this.pairs = new NamePairs(profile);
        pairs.markIn(lexicon.corpus().table());
    }

    /** The corpus's repeated names, for answering recorded evidence again. */
    NamePairs pairs() {
        return pairs;
    }

    /**
     * The slips in a document.
     *
     * @param eligible per token: prose, known, capitalised, outside title-case lines
     */
    List<TypoFinding> find(DocumentWords doc, boolean[] eligible, boolean[] sentenceStart) {
        Map<String, NameUse> dominant = dominantNames(doc);
        List<TypoFinding> found = new ArrayList<>();
        // While evidence is recorded, every look-up is made as it is asked for.
        boolean byRecords = !EvidenceLog.recording();
        for (int i = 0; i < doc.tokens().size(); i++) {
            String word = doc.base(i);
            if (!eligible[i] || doc.countAt(i) != 1 || isVocabularyName(doc, i, word)
                    || (sentenceStart[i] && lexicon.isKnown(WordForm.decapitalize(word)))) {
                continue;
            }
            slipAt(doc, i, word, dominant, byRecords).ifPresent(found::add);
        }
        return found;
    }

    /** {@link Lexicon#isVocabularyName}, kept with the word's corpus record once asked. */
    private boolean isVocabularyName(DocumentWords doc, int i, String word) {
        int record = doc.record(i);
        if (record < 0) {
            return lexicon.isVocabularyName(word);
        }
        WordTable table = lexicon.corpus().table();
        int facts = table.facts(record);
        if ((facts & WordTable.VOCABULARY_NAME_SET) != 0) {
            return (facts & WordTable.VOCABULARY_NAME) != 0;
        }
        boolean answer = lexicon.isVocabularyName(word);
        table.addFacts(record, WordTable.VOCABULARY_NAME_SET
                | (answer ? WordTable.VOCABULARY_NAME : 0));
        return answer;
    }

    private Optional<TypoFinding> slipAt(DocumentWords doc, int i, String word,
            Map<String, NameUse> dominant, boolean byRecords) {
        Token token = doc.tokens().get(i);
        int end = token.start() + word.length();
        // Asked only when a test needs it: a document depends on the corpus count of each of
        // its capitalised words only where the count decides something (EvidenceLog).
        long[] counted = {-1};
        java.util.function.LongSupplier slipUses = () -> counted[0] >= 0 ? counted[0]
                : (counted[0] = lexicon.corpus().occurrences(word));
        String left = doc.neighbour(i, -1);
        String right = doc.neighbour(i, 1);
        for (NameUse name : dominant.values()) {
            if (!closeDominantName(word, name.name) || lexicon.isCommonWord(name.name)) {
                continue;
            }
            Fit fit = fit(name, left, right);
            long nameUses = lexicon.corpus().occurrences(name.name);
            // The corpus may use the real word in its own right (the Koran in other articles):
            // then only a shared neighbour, not the adjective slot alone, shows the slip.
            // A common word capitalised mid-sentence (the Treasure said) is odd wherever it
            // stands; a proper noun (the Koran) needs the name's own context.
            boolean oddCapital = slipUses.getAsLong() == 1 && (lexicon.isCommonWord(word)
                    || left == null || !DETERMINERS.contains(left));
            if ((fit == Fit.NONE && !oddCapital) || slipUses.getAsLong() >= nameUses
                    || (fit == Fit.ADJECTIVE_SLOT && slipUses.getAsLong() > 1
                            && slipUses.getAsLong() * RARITY >= nameUses)) {
                continue;
            }
            return Optional.of(report(token.start(), end, word, name.name,
                    slipUses.getAsLong() <= 1 || fit == Fit.SHARED_NEIGHBOUR, nameUses,
                    slipUses.getAsLong(),
                    "this document uses '" + name.name + "' " + UnknownWords.times(name.count)));
        }
        for (int direction : new int[] {-1, 1}) {
            String other = direction < 0 ? left : right;
            if (other == null || !WordForm.isCapitalized(other)) {
                continue;
            }
            if (TITLES.contains(other)) {
                if (direction < 0 && !"The".equals(other)) {
                    Optional<TypoFinding> titled = titledNameOfTheArticle(doc, i, word, end,
                            slipUses);
                    if (titled.isPresent()) {
                        return titled;
                    }
                }
                continue;
            }
            // With no repeated name beside this word there is nothing to compare: skip the
            // look-up of the pair in the corpus's pairs, most of which are used once. The
            // neighbour's record tells when it has no partner on that side.
            if (byRecords && !pairs.mayHavePartners(lexicon.corpus().table(),
                    doc.record(i + direction), -direction)) {
                continue;
            }
            List<String> partners = byRecords
                    ? pairs.partnersByRecord(other, lexicon.corpus().table(),
                            doc.record(i + direction), -direction)
                    : pairs.partners(other, -direction);
            if (partners.isEmpty()) {
                continue;
            }
            String first = direction < 0 ? other : word;
            String second = direction < 0 ? word : other;
            // Both counts below are looks into the corpus's pairs; while nothing is recorded
            // they are read only for a partner this word may be a slip of, which is rare.
            if (!byRecords && profile.pairOccurrences(first, second) > 1) {
                continue;
            }
            for (String candidate : partners) {
                long uses = byRecords ? 0 : pairUses(direction, other, candidate);
                if (!closeName(word, candidate)) {
                    continue;
                }
                boolean keySlip = !lexicon.isCommonWord(candidate)
                        && strongOrNeighbourKey(EditDistance.kind(word, candidate))
                        // a name in its own right (Preston) needs two letters swapped
                        && (lexicon.isCommonWord(word) || EditDistance.kind(word, candidate)
                                == EditDistance.Kind.TRANSPOSITION);
                // A letter lost needs the pair's own repetition, counted only for that shape.
                boolean otherCommon = lexicon.isCommonWord(other);
                boolean lostLetter = !keySlip
                        && LostLetterInAName.shapeBesideAWord(word, candidate, other, otherCommon)
                        && !LostLetterInAName.anotherPerson(lexicon.isKnownName(word), other)
                        && LostLetterInAName.slipBesideAWord(word, candidate, other, otherCommon,
                                slipUses.getAsLong(), pairUses(direction, other, candidate));
                if ((keySlip || lostLetter)
                        && slipUses.getAsLong() < lexicon.corpus().occurrences(candidate)) {
                    if (byRecords) {
                        if (profile.pairOccurrences(first, second) > 1) {
                            break;
                        }
                        uses = pairUses(direction, other, candidate);
                    }
                    String attested = direction < 0 ? other + " " + candidate
                            : candidate + " " + other;
                    return Optional.of(report(token.start(), end, word, candidate, true,
                            lexicon.corpus().occurrences(candidate), slipUses.getAsLong(),
                            "the corpus writes '" + attested + "' " + UnknownWords.times(uses)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code Mrs Quin} in an article that writes {@code Mrs Quinn}
     * ({@link LostLetterInAName#titledNameOfTheArticle}), the slip written once in the corpus.
     */
    private Optional<TypoFinding> titledNameOfTheArticle(DocumentWords doc, int i, String word,
            int end, java.util.function.LongSupplier slipUses) {
        String name = LostLetterInAName.titledNameOfTheArticle(doc, i, word);
        // Unlike closeName, the last letter may be the one lost (Quin, Quinn): after the same
        // title in one article, the short form is no other form of the name.
        if (name == null || name.length() < MIN_NAME_LENGTH || WordForm.isAllCaps(name)
                || slipUses.getAsLong() != 1) {
            return Optional.empty();
        }
        long nameUses = lexicon.corpus().occurrences(name);
        Token token = doc.tokens().get(i);
        // A possessive (Quin's) is named as written, so the reader sees the form meant whole.
        String ending = doc.text().substring(end, token.end());
        return Optional.of(report(token.start(), end, word, name, name + ending, true, nameUses,
                1, "this document writes '" + doc.neighbour(i, -1) + " " + name + "'"));
    }

    /** Occurrences of {@code candidate} on {@code direction}'s side of name word {@code other}. */
    private long pairUses(int direction, String other, String candidate) {
        return direction < 0 ? profile.pairOccurrences(other, candidate)
                : profile.pairOccurrences(candidate, other);
    }

    private static boolean strongOrNeighbourKey(EditDistance.Kind kind) {
        return kind == EditDistance.Kind.TRANSPOSITION || kind == EditDistance.Kind.DOUBLING
                || kind == EditDistance.Kind.NEIGHBOUR_KEY;
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    private static TypoFinding report(int start, int end, String word, String name,
            boolean confident, long nameUses, long slipUses, String why) {
        return report(start, end, word, name, name, confident, nameUses, slipUses, why);
    }

    /** {@code shown}: the name as the message names it, with the word's ending ({@code Quinn's}). */
    private static TypoFinding report(int start, int end, String word, String name, String shown,
            boolean confident, long nameUses, long slipUses, String why) {
        return new TypoFinding(start, end, confident ? Severity.ERROR : Severity.WARNING,
                "'" + word + "' is a real word, but " + why + "; did you mean '" + shown + "'?",
                name, confident, TypoEvidence.of(TypoEvidence.Kind.REAL_WORD, nameUses,
                        slipUses));
    }

    /** One edit apart, and not two forms of one name ({@code Korea}, {@code Korean}). */
    private static boolean closeName(String word, String name) {
        return name.length() >= MIN_NAME_LENGTH && !word.equals(name)
                && !word.startsWith(name) && !name.startsWith(word)
                && WordForm.isCapitalized(name) && !WordForm.isAllCaps(name)
                && EditDistance.distance(word, name, 1) == 1;
    }

    /**
     * {@link #closeName} for a dominant name, which {@link #dominantNames} took only when
     * capitalised, not all capitals and long enough: the tests of the word against it alone.
     */
    private static boolean closeDominantName(String word, String name) {
        return !word.equals(name) && !word.startsWith(name) && !name.startsWith(word)
                && EditDistance.distance(word, name, 1) == 1;
    }

    /** How a word stands where the name stands, if it does. */
    private enum Fit { NONE, ADJECTIVE_SLOT, SHARED_NEIGHBOUR }

    private static Fit fit(NameUse name, String left, String right) {
        if ((left != null && !FunctionWords.contains(left) && name.left.contains(left))
                || (right != null && !FunctionWords.contains(right)
                        && name.right.contains(right))) {
            return Fit.SHARED_NEIGHBOUR;
        }
        boolean beforeNoun = right != null && WordForm.isLowerCase(right)
                && !FunctionWords.contains(right);
        return beforeNoun && name.beforeLowerCase >= MODIFIER_SHARE * name.count
                ? Fit.ADJECTIVE_SLOT : Fit.NONE;
    }

    private Map<String, NameUse> dominantNames(DocumentWords doc) {
        Map<String, NameUse> names = new LinkedHashMap<>();
        // Whether a word may dominate depends on the word alone: asked once per distinct word.
        byte[] mayDominate = new byte[doc.distinctWords()];
        for (int i = 0; i < doc.tokens().size(); i++) {
            if (doc.countAt(i) < minDominance) {
                continue;
            }
            String base = doc.base(i);
            int id = doc.id(i);
            if (mayDominate[id] == 0) {
                mayDominate[id] = WordForm.isCapitalized(base) && !WordForm.isAllCaps(base)
                        && base.length() >= MIN_NAME_LENGTH ? YES : NO;
            }
            if (mayDominate[id] == NO) {
                continue;
            }
            NameUse use = names.computeIfAbsent(base, NameUse::new);
            use.count++;
            String left = doc.neighbour(i, -1);
            String right = doc.neighbour(i, 1);
            if (left != null) {
                use.left.add(left);
            }
            if (right != null) {
                use.right.add(right);
                if (WordForm.isLowerCase(right)) {
                    use.beforeLowerCase++;
                }
            }
        }
        return names;
    }

    private static final byte YES = 1;
    private static final byte NO = 2;

    private static final class NameUse {
        final String name;
        final Set<String> left = new HashSet<>();
        final Set<String> right = new HashSet<>();
        int count;
        int beforeLowerCase;

        NameUse(String name) {
            this.name = name;
        }
    }
}
