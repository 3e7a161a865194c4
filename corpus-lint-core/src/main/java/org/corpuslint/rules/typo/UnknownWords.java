package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;

/**
 * Judges a word neither the dictionary nor the vocabulary knows. A close variant of a word the
 * corpus attests — beside the same neighbour in a multi-word name, in the same document, or far
 * more often in the corpus — makes it a typo of that word; for a lower-case word a dictionary
 * word one edit away does. Anything else is a new name or word, not a typo.
 */
final class UnknownWords {

    /** A word used in this many documents is the corpus's own vocabulary, not a slip. */
    static final int CONSISTENT_DOCUMENTS = 3;
    /** ... or used this often. */
    static final int CONSISTENT_OCCURRENCES = 3;
    /** Shorter lower-case words are abbreviations and particles more often than typos. */
    static final int MIN_LOWER_CASE_LENGTH = 4;
    /** A variant this many times more frequent in the corpus is the intended spelling. */
    static final int DOMINANCE_RATIO = 5;
    /** Names shorter than this are too often other names one letter apart (Benn, Ben). */
    static final int MIN_NAME_LENGTH = 4;
    /** A name seen nowhere else in its document must be this long to be judged on corpus counts alone. */
    static final int MIN_LONE_NAME_LENGTH = 7;
    /** A name this long, with a variant this many times commoner, is a slip for that variant. */
    static final int MIN_FAMILIAR_NAME_LENGTH = 6;
    static final int FAMILIAR_RATIO = 30;
    /** A dictionary name this often in the corpus is familiar enough to correct a lone slip. */
    static final int DICTIONARY_NAME_OCCURRENCES = 3;
    /** ... unless the slip is this long: one use of a dictionary name then suffices. */
    static final int LONG_NAME = 8;
    /** A capitalised word the corpus writes this many times more often than in lower case is a name. */
    static final int NAME_OVER_WORD = 4;
    /** LanguageTool frequency class from which a word counts as common. */
    static final int COMMON_FREQUENCY = 10;
    /** LanguageTool frequency class of words nearly every text uses (for, have, will). */
    static final int EVERYDAY_FREQUENCY = 16;
    /** How far the likeliest reading of a lower-case slip must lead the next to be sure of it. */
    static final double CONFIDENT_MARGIN = 1.5;
    /** A word used this often in the corpus is familiar to its writers. */
    static final int COMMON_IN_CORPUS = 10;
    /** A trigram found in at most this many dictionary and corpus words reads like no word. */
    static final int RARE_TRIGRAM = 3;
    /** ... and the variant that explains it must be used this often. */
    static final int UNREADABLE_MIN_USES = 2;
    /** A personal name used this often, and this many times more than a slip of it, is meant. */
    static final int NAME_SLIP_USES = 3;
    static final int NAME_SLIP_RATIO = 3;
    /** ... and from this many uses the slip is corrected with confidence. */
    static final int CONFIDENT_NAME_USES = 10;
    /** A name this many times commoner than a lone word one slip from it is what was meant. */
    static final int DOMINANT_RATIO = 50;
    /** Unknown words this short are judged only when one reading stands out. */
    static final int SHORT_WORD = 5;

    private final Lexicon lexicon;
    private final CorpusProfile profile;
    private final boolean reportUnknown;

    UnknownWords(Lexicon lexicon, CorpusProfile profile, boolean reportUnknown) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.reportUnknown = reportUnknown;
    }

    /**
     * @param titleCase the token stands in a line of capitalised words (a headline, a team
     *     line-up), where a name one slip from another is as often another person
     */
    Optional<TypoFinding> judge(DocumentWords doc, int i, boolean sentenceStart,
            boolean titleCase) {
        Token token = doc.tokens().get(i);
        String word = doc.base(i);
        int end = token.start() + word.length();
        CorpusWords corpus = lexicon.corpus();
        boolean consistent = corpus.documents(word) >= CONSISTENT_DOCUMENTS
                || corpus.occurrences(word) >= CONSISTENT_OCCURRENCES;
        if (WordForm.isLowerCase(word)) {
            return consistent || quotedSlang(doc, token, word) || droppedG(doc, token, word)
                    ? Optional.empty()
                    : judgeLowerCase(doc, token.start(), end, word, false);
        }
        Optional<TypoFinding> name = consistent || word.length() < MIN_NAME_LENGTH
                ? Optional.empty() : judgeName(doc, i, token.start(), end, word, titleCase);
        // Before another capitalised word it starts a full name (Platon Lebedev), not a sentence.
        if (name.isEmpty() && sentenceStart && !consistent && pairNeighbour(doc, i, 1) == null
                && isLowerCaseWordAtStart(word)) {
            name = judgeLowerCase(doc, token.start(), end, word, true);
        }
        if (name.isPresent() || !reportUnknown) {
            return name;
        }
        return Optional.of(new TypoFinding(token.start(), end, Severity.INFO,
                "'" + word + "' is not in the dictionary and has no close variant in the corpus;"
                        + " a new name?"));
    }

    /** {@code lovin'}, {@code nothin'}: the g dropped as it is spoken, marked by an apostrophe. */
    private boolean droppedG(DocumentWords doc, Token token, String word) {
        int after = token.start() + word.length();
        char next = after < doc.text().length() ? doc.text().charAt(after) : ' ';
        return (next == '\'' || next == '\u2019') && word.endsWith("in")
                && lexicon.isKnown(word + "g");
    }

    /**
     * A short word alone in quotation marks ({@code trying to 'frag' someone}) is slang or
     * jargon mentioned as a term; a longer one is more often a word quoted from a speaker.
     */
    private static boolean quotedSlang(DocumentWords doc, Token token, String word) {
        return word.length() <= SHORT_WORD && TokenContext.quotedAlone(doc.text(), token);
    }

    /**
     * {@code Recieve} at the start of a sentence is judged as the word {@code recieve} only when
     * a common word is one slip of the keys away; otherwise it is taken for a name.
     */
    private boolean isLowerCaseWordAtStart(String word) {
        String lower = WordForm.decapitalize(word);
        if (!WordForm.isLowerCase(lower) || lower.length() < MIN_LOWER_CASE_LENGTH) {
            return false;
        }
        for (Candidate c : lexicon.candidates(lower, true)) {
            if (c.known() && strongSlip(c) && c.corpusOccurrences() > 0
                    && lexicon.frequency(c.word()) >= COMMON_FREQUENCY) {
                return true;
            }
        }
        return false;
    }

    private Optional<TypoFinding> judgeName(DocumentWords doc, int i, int start, int end,
            String word, boolean titleCase) {
        long written = Math.max(1, lexicon.corpus().occurrences(word));
        String left = pairNeighbour(doc, i, -1);
        String right = pairNeighbour(doc, i, 1);
        Evidence best = null;
        for (Candidate c : lexicon.candidates(word, false)) {
            boolean name = lexicon.isKnownName(c.word())
                    || (!lexicon.isCommonWord(c.word()) && !c.known())
                    || (c.known() && corpusName(c.word()) && !firstLetterEdit(word, c.word()));
            String rareLetters = rareLetters(word, c, written);
            boolean unreadable = rareLetters != null;
            if (!unreadable && (c.corpusOccurrences() < written
                    || (c.corpusOccurrences() == written && !lexicon.isKnownName(c.word())
                            && !omission(word, c.word())))) {
                continue; // the written form is as well attested: cannot tell which is right
            }
            boolean nameSlip = !titleCase
                    && slipOfPersonalName(word, c, written, person(left), person(right))
                    && !anotherPerson(doc, word, c.word(), person(left), person(right));
            if (!name && !strongSlip(c) && !unreadable && !nameSlip) {
                continue; // a common word, and not a slip of the keys: another name
            }
            Evidence e = evidence(doc, word, c, left, right, written);
            if (e == null && nameSlip) {
                e = new Evidence(c, c.corpusOccurrences() >= CONFIDENT_NAME_USES ? 2 : 1,
                        "a name used " + times(c.corpusOccurrences()) + " in the corpus; '"
                                + word + "' is nobody's name");
            }
            if (e == null && unreadable) {
                e = new Evidence(c, 2, "used " + times(c.corpusOccurrences())
                        + " in the corpus, and hardly any word or name has '"
                        + rareLetters + "'");
            }
            if (e != null && (best == null || e.compareTo(best) > 0)) {
                best = e;
            }
        }
        if (best == null) {
            best = extendedName(word, left, right);
        }
        if (best == null) {
            return Optional.empty();
        }
        boolean confident = best.strength >= 2;
        return Optional.of(new TypoFinding(start, end,
                confident ? Severity.ERROR : Severity.WARNING,
                "'" + word + "' is close to '" + best.candidate.word() + "', " + best.reason,
                best.candidate.word(), confident, TypoEvidence.of(TypoEvidence.Kind.NAME,
                        best.candidate.corpusOccurrences(), written)));
    }

    private Evidence evidence(DocumentWords doc, String word, Candidate c, String left,
            String right, long written) {
        String name = c.word();
        Evidence pair = pairEvidence(c, left, right);
        if (pair != null) {
            return pair;
        }
        if (!c.known() && c.corpusOccurrences() < 2) {
            return null; // a single unknown occurrence only supports a multi-word name
        }
        int inDocument = doc.count(name);
        if (inDocument > 0 && inDocument >= doc.count(word)
                && !anotherPerson(doc, word, name, person(left), person(right))) {
            return new Evidence(c, 2, "used " + times(inDocument) + " in this document and "
                    + times(c.corpusOccurrences()) + " in the corpus");
        }
        boolean lone = word.length() >= MIN_LONE_NAME_LENGTH && strongSlip(c)
                && !lexicon.isCommonWord(name) && c.corpusOccurrences()
                        >= (word.length() >= LONG_NAME ? NAME_SLIP_RATIO : DOMINANCE_RATIO) * written;
        boolean familiar = word.length() >= MIN_FAMILIAR_NAME_LENGTH && c.typingSlip()
                && c.corpusOccurrences() >= FAMILIAR_RATIO * written
                && (!lexicon.isPersonalName(name)
                        || fitsPosition(name, person(left), person(right)));
        boolean dominant = left == null && right == null && c.typingSlip()
                && c.corpusOccurrences() >= DOMINANT_RATIO * written
                && !firstLetterEdit(word, name) && isName(c);
        if (lone || familiar || dominant
                || standaloneDictionaryName(word, c, left, right, written)) {
            return new Evidence(c, 1, "used " + times(c.corpusOccurrences()) + " in the corpus");
        }
        return null;
    }

    /** A name the dictionary or the corpus knows, or a word only the corpus uses. */
    private boolean isName(Candidate c) {
        return lexicon.isKnownName(c.word()) || corpusName(c.word()) || !c.known();
    }

    /** The corpus writes it with a capital far more often than without: a name (Japan, Wales). */
    private boolean corpusName(String word) {
        long capitalised = lexicon.corpus().occurrences(word);
        long lower = lexicon.corpus().occurrences(word.toLowerCase(java.util.Locale.ROOT));
        return WordForm.isCapitalized(word) && capitalised >= NAME_OVER_WORD * Math.max(1, lower);
    }

    /**
     * True when {@code name} is a name people have, of the kind its place asks for: before a
     * surname a given name (Peter Jackson), after a given name a surname; either when alone.
     * {@code Pernod Ricard} is no slip for the given name {@code Richard}.
     */
    private boolean fitsPosition(String name, String left, String right) {
        if (left != null && right == null) {
            return PersonalNames.isSurname(name) || lexicon.isVocabularyName(name);
        }
        if (right != null && left == null) {
            return PersonalNames.isGivenName(name) || lexicon.isVocabularyName(name);
        }
        return lexicon.isPersonalName(name);
    }

    /**
     * True unless {@code name} cannot stand where the word stands in a full name: a surname
     * before a surname ({@code Kalan Kawa} is no {@code Kaplan}), or anything but a surname
     * after a given name ({@code Oliver Heald} is no {@code Herald}).
     */
    private boolean fitsFullName(String name, String left, String right) {
        if (lexicon.isPersonalName(name)) {
            return fitsPosition(name, left, right);
        }
        return left == null || !PersonalNames.isGivenName(left);
    }

    private static boolean sameFirstLetter(String a, String b) {
        return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
    }

    /** Slips rarely touch a word's first letter; a name differing there is another name. */
    private static boolean firstLetterEdit(String written, String intended) {
        return Character.toLowerCase(written.charAt(0)) != Character.toLowerCase(intended.charAt(0));
    }

    /**
     * {@code Serna} for {@code Serena}, {@code Kanu} for {@code Keanu}: a vowel left out or
     * changed that still reads as a name is more often another person than a slip; {@code Dvid}
     * and {@code Brwn}, with three consonants or a consonant pair at the start, are not.
     */
    static boolean pronounceableVowelSlip(String written, String intended) {
        String w = written.toLowerCase(java.util.Locale.ROOT);
        String t = intended.toLowerCase(java.util.Locale.ROOT);
        int p = 0;
        while (p < w.length() && p < t.length() && w.charAt(p) == t.charAt(p)) {
            p++;
        }
        boolean vowelEdit = (p < t.length() && isVowel(t.charAt(p)) && (w.length() < t.length()
                || (w.length() == t.length() && isVowel(w.charAt(p)))))
                || (w.length() > t.length() && isVowel(w.charAt(p)));
        return vowelEdit && !hasConsonantRun(w, 3) && !(w.length() > 1 && !isVowel(w.charAt(0))
                && !isVowel(w.charAt(1)) && (t.length() < 2 || isVowel(t.charAt(1))));
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean hasConsonantRun(String w, int length) {
        int run = 0;
        for (int k = 0; k < w.length(); k++) {
            run = isVowel(w.charAt(k)) || !Character.isLetter(w.charAt(k)) ? 0 : run + 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Jpaan} alone, for the dictionary's {@code Japan} that the corpus uses far more: a
     * slip of the keys on a name every dictionary knows. A word standing beside another
     * capitalised word is more likely part of a full name of its own ({@code Irfan Pathan}).
     */
    private boolean standaloneDictionaryName(String word, Candidate c, String left, String right,
            long written) {
        // A long word is rarely another name one vowel away (Calufornia).
        return left == null && right == null && written == 1 && c.typingSlip()
                && sameFirstLetter(word, c.word()) && !lexicon.isPersonalName(word)
                && (strongSlip(c) || word.length() >= MIN_LONE_NAME_LENGTH
                        || !pronounceableVowelSlip(word, c.word()))
                && ((c.known() && (lexicon.isKnownName(c.word()) || corpusName(c.word())))
                        || lexicon.isPersonalName(c.word()))
                && (c.corpusOccurrences() >= DICTIONARY_NAME_OCCURRENCES
                        || (word.length() >= LONG_NAME && lexicon.isKnownName(c.word())));
    }

    /**
     * {@code Perer Jackson} for {@code Peter}: one slip of the keys from a given name or surname
     * the corpus uses several times more, while no name list has the written form. Foreign
     * spellings of a name ({@code Patrik}, {@code Elene}) are on the lists and stay quiet.
     */
    private boolean slipOfPersonalName(String word, Candidate c, long written, String left,
            String right) {
        // Spelled so twice in an article, or with capitals inside (DfES), it is meant that way.
        if (!c.typingSlip() || lexicon.corpus().occurrences(word) != 1
                || !WordForm.isLowerCase(word.substring(1))
                || !sameFirstLetter(word, c.word()) || lexicon.isPersonalName(word)) {
            return false;
        }
        // A vowel changed or a letter added that still reads as a name (Kanu for Keanu,
        // Carthy for Cathy) is as often another name; a long word rarely gains a letter and
        // stays a name.
        boolean strong = strongSlip(c);
        if (!strong && (pronounceableVowelSlip(word, c.word())
                || (word.length() == c.word().length() + 1 && word.length() < LONG_NAME))) {
            return false;
        }
        // Two letters swapped or doubled are slips wherever they stand; a subtler change must
        // also suit the place in a full name.
        boolean usedMore = c.corpusOccurrences() >= NAME_SLIP_USES
                && c.corpusOccurrences() >= NAME_SLIP_RATIO * written
                && (strong || fitsPosition(c.word(), left, right))
                && lexicon.frequency(c.word().toLowerCase(java.util.Locale.ROOT)) < COMMON_FREQUENCY;
        // A name the dictionary knows (Caroline, Panasonic) needs only to be used as well.
        boolean dictionaryName = lexicon.isKnownName(c.word())
                && word.length() >= (strong ? MIN_NAME_LENGTH : SHORT_WORD)
                && c.corpusOccurrences() >= written
                && (strong || fitsFullName(c.word(), left, right));
        return usedMore || dictionaryName;
    }

    /**
     * {@code Charle Kennedy} for {@code Charles Kennedy}: a letter lost at the end is usually
     * another form of a name ({@code Blair}, {@code Blairs}) and not a candidate, unless the
     * longer name is attested beside the same neighbour.
     */
    private Evidence extendedName(String word, String left, String right) {
        if (left == null && right == null) {
            return null;
        }
        Evidence best = null;
        for (String v : lexicon.attestedVariants(word)) {
            if (v.length() != word.length() + 1 || !Lexicon.extension(word, v)
                    || !WordForm.isCapitalized(v) || WordForm.isAllCaps(v)) {
                continue;
            }
            // Subaru Imprezas is a plural; only before a surname is an added s a lost letter.
            Candidate c = new Candidate(v, lexicon.corpus().occurrences(v), lexicon.isKnown(v), 1,
                    EditDistance.Kind.OMISSION);
            Evidence e = pairEvidence(c, v.endsWith("s") ? null : left, right);
            if (e != null && (best == null || e.compareTo(best) > 0)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * The strongest evidence: {@code c} attested in the corpus beside the word's own neighbour
     * ({@code left} before it or {@code right} after it; either may be null), as one name.
     */
    private Evidence pairEvidence(Candidate c, String left, String right) {
        String name = c.word();
        if (left != null && profile.pairOccurrences(left, name) > 0) {
            return new Evidence(c, 3, "as in '" + left + " " + name + "', "
                    + times(profile.pairOccurrences(left, name)) + " in the corpus");
        }
        if (right != null && profile.pairOccurrences(name, right) > 0) {
            return new Evidence(c, 3, "as in '" + name + " " + right + "', "
                    + times(profile.pairOccurrences(name, right)) + " in the corpus");
        }
        return null;
    }

    /**
     * {@code Prter} for {@code Peter}, {@code Russrll} for {@code Russell}: one edit from a word
     * the corpus uses, that makes a run of letters almost no English word or name has, so it
     * cannot be a name of its own, even beside another name. Returns that run of letters, or
     * null when the slip reads like a word.
     */
    private String rareLetters(String word, Candidate c, long written) {
        // A dictionary word needs no more evidence than that it is used; another needs two uses.
        if (c.distance() != 1 || word.indexOf('\'') >= 0 || WordForm.isAcronymPlural(word)
                || c.corpusOccurrences() < written
                || c.corpusOccurrences() < (c.known() ? 1 : UNREADABLE_MIN_USES)
                || lexicon.isPersonalName(word)
                || !(isName(c) || lexicon.corpus().occurrences(
                        c.word().toLowerCase(java.util.Locale.ROOT)) == 0)) {
            return null;
        }
        LetterTrigrams.Introduced rarest = lexicon.rarestIntroducedTrigram(word, c.word());
        return rarest != null && rarest.words() <= RARE_TRIGRAM ? rarest.letters() : null;
    }

    /**
     * True when {@code word} is part of a full name and every use of {@code name} in the document
     * has a different partner on the same side: {@code Patrik Berger} in an article that writes
     * {@code Patrick Vieira} is another player, not a slip.
     */
    private boolean anotherPerson(DocumentWords doc, String word, String name, String left,
            String right) {
        if (left == null && right == null) {
            return false;
        }
        boolean partnered = false;
        for (int k = 0; k < doc.tokens().size(); k++) {
            if (!doc.base(k).equals(name)) {
                continue;
            }
            String l = left == null ? null : person(pairNeighbour(doc, k, -1));
            String r = right == null ? null : person(pairNeighbour(doc, k, 1));
            if (l == null && r == null) {
                continue; // used alone (Boyle said): says nothing about who it is
            }
            partnered = true;
            if ((l != null && l.equals(left)) || (r != null && r.equals(right))) {
                return false;
            }
        }
        return partnered;
    }

    /**
     * The neighbour if it can be part of a person's name: not an acronym ({@code GMTV}) or a
     * common word ({@code Actor}); else null.
     */
    private String person(String neighbour) {
        return neighbour == null || WordForm.isAllCaps(neighbour)
                || lexicon.isCommonWord(neighbour) ? null : neighbour;
    }

    /** A capitalised neighbour that can form a multi-word name with the word: not Mr or The. */
    private String pairNeighbour(DocumentWords doc, int i, int direction) {
        String n = doc.neighbour(i, direction);
        return n != null && WordForm.isCapitalized(n) && !FunctionWords.contains(n)
                && !RealWordSlips.isTitle(n) ? n : null;
    }

    private Optional<TypoFinding> judgeLowerCase(DocumentWords doc, int start, int end,
            String written, boolean sentenceStart) {
        String word = sentenceStart ? WordForm.decapitalize(written) : written;
        if (word.length() < MIN_LOWER_CASE_LENGTH - 1) {
            return Optional.empty();
        }
        if (isReduplicated(word) || isDrawnOut(word)
                || (DerivedWords.isAffixed(word, lexicon) && !commonInnerSlip(word))
                || (DerivedWords.isCompound(word, lexicon) && !hasCommonNeighbour(doc, word, ""))) {
            return Optional.empty();
        }
        String name = WordForm.capitalize(word);
        if (!sentenceStart && lexicon.isKnownName(name)
                && lexicon.corpus().occurrences(name) >= 2) {
            return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + written
                    + "' is a name written in lower case; did you mean '" + name + "'?", name,
                    true, wordEvidence(name, written)));
        }
        List<Candidate> candidates = new ArrayList<>(lexicon.candidates(word, true));
        lexicon.shuffledCommonWord(word).filter(w -> candidates.stream()
                .noneMatch(c -> c.word().equals(w))).ifPresent(w -> candidates.add(new Candidate(
                        w, lexicon.corpus().occurrences(w), true, 1,
                        EditDistance.Kind.TRANSPOSITION)));
        if (candidates.stream().noneMatch(c -> c.known() && c.distance() == 1)) {
            for (Candidate far : lexicon.twoEditCandidatesIn(doc, word)) {
                if (candidates.stream().noneMatch(c -> c.word().equals(far.word()))) {
                    candidates.add(far);
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            // Two edits reach too many words; only one the article itself uses is likely.
            boolean near = c.distance() == 1 || doc.count(c.word()) > 0
                    || doc.count(WordForm.capitalize(c.word())) > 0
                    || (word.length() >= CorpusWords.TWO_EDITS_FROM_LENGTH
                            && c.corpusOccurrences() >= CONSISTENT_OCCURRENCES);
            // Slips rarely touch the first letter: scragged is no cragged the corpus never uses.
            boolean sameStart = c.word().charAt(0) == word.charAt(0) || c.corpusOccurrences() > 0;
            if (c.known() && near && sameStart && WordForm.isLowerCase(c.word())) {
                scored.add(new Scored(c, score(doc, word, c)));
            }
        }
        Optional<String> runOn = RunOnWords.split(word, lexicon);
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.candidate.word()));
        if (runOn.isPresent() && !hasCommonNeighbour(doc, word, runOn.get())) {
            String fix = sentenceStart ? WordForm.capitalize(runOn.get()) : runOn.get();
            return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + written
                    + "' is not in the dictionary; two words run together: '" + fix + "'",
                    fix, true, runOnEvidence(runOn.get(), written)));
        }
        if (scored.isEmpty() && runOn.isEmpty()) {
            Optional<String> far = lexicon.commonWordTwoEditsFrom(word);
            if (far.isPresent()) {
                String fix = sentenceStart ? WordForm.capitalize(far.get()) : far.get();
                return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + written
                        + "' is not in the dictionary; did you mean '" + fix + "'? (the only"
                        + " common word of the corpus two edits away)", fix, false,
                        wordEvidence(far.get(), written)));
            }
        }
        if (scored.isEmpty()) {
            return reportUnknown ? Optional.of(new TypoFinding(start, end, Severity.INFO,
                    "'" + written + "' is not in the dictionary"))
                    : Optional.empty();
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.candidate.word()));
        Scored best = scored.get(0);
        boolean confident = scored.size() == 1 || best.score - scored.get(1).score >= CONFIDENT_MARGIN;
        if (word.length() < MIN_LOWER_CASE_LENGTH && !(confident
                && (doc.count(best.candidate.word()) > 0 || everydayOmission(best.candidate)))) {
            return Optional.empty(); // three letters: only an unmistakable slip
        }
        boolean everyday = lexicon.frequency(best.candidate.word()) >= EVERYDAY_FREQUENCY
                && (scored.size() == 1 || best.score - scored.get(1).score >= 1.0);
        if (!confident && doc.count(best.candidate.word()) == 0 && word.length() <= SHORT_WORD
                && !strongSlip(best.candidate) && !everyday
                && best.candidate.kind() != EditDistance.Kind.OMISSION) {
            return Optional.empty(); // a short word with several readings: slang, not a slip
        }
        String suggestion = sentenceStart ? WordForm.capitalize(best.candidate.word())
                : best.candidate.word();
        StringBuilder message = new StringBuilder("'" + written
                + "' is not in the dictionary; did you mean '" + suggestion + "'");
        if (!confident) {
            String second = scored.get(1).candidate.word();
            message.append(" or '").append(sentenceStart ? WordForm.capitalize(second) : second)
                    .append("'");
        }
        message.append('?');
        long inDocument = doc.count(best.candidate.word());
        if (inDocument > 0) {
            message.append(" ('").append(best.candidate.word()).append("' is used ")
                    .append(times(inDocument)).append(" in this document)");
        }
        return Optional.of(new TypoFinding(start, end,
                confident ? Severity.ERROR : Severity.WARNING, message.toString(), suggestion,
                confident, wordEvidence(best.candidate.word(), written)));
    }

    private TypoEvidence wordEvidence(String replacement, String written) {
        CorpusWords corpus = lexicon.corpus();
        return TypoEvidence.of(TypoEvidence.Kind.WORD, corpus.occurrences(replacement),
                corpus.occurrences(written));
    }

    /** Two words run together are as well attested as the rarer of them. */
    private TypoEvidence runOnEvidence(String split, String written) {
        CorpusWords corpus = lexicon.corpus();
        long uses = Long.MAX_VALUE;
        for (String part : split.split(" ")) {
            uses = Math.min(uses, corpus.occurrences(part));
        }
        return TypoEvidence.of(TypoEvidence.Kind.WORD, uses, corpus.occurrences(written));
    }

    /** True when a common word the corpus uses is one {@link #innerSlip} from {@code word}. */
    private boolean commonInnerSlip(String word) {
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && commonInnerSlip(word, c)) {
                return true;
            }
        }
        return false;
    }

    private boolean commonInnerSlip(String word, Candidate c) {
        return innerSlip(word, c) && c.corpusOccurrences() > 0
                && lexicon.frequency(c.word()) >= COMMON_FREQUENCY;
    }

    /**
     * A slip inside the word (a key swapped, a neighbour struck, a letter left out) rather than
     * at its end or an added letter, which is how derivations differ ({@code hopers},
     * {@code raunch}): {@code retoric} is a slip for {@code rhetoric}, not re- and toric.
     */
    private static boolean innerSlip(String word, Candidate c) {
        if (!c.typingSlip()) {
            return false;
        }
        String intended = c.word();
        if (intended.length() == word.length()) {
            return true;
        }
        return intended.length() == word.length() + 1 && !intended.startsWith(word);
    }

    /** {@code hve} for {@code have}: a letter left out of a word every text uses. */
    private boolean everydayOmission(Candidate c) {
        return c.kind() == EditDistance.Kind.OMISSION
                && lexicon.frequency(c.word()) >= EVERYDAY_FREQUENCY - 1;
    }

    /** {@code hehe}, {@code haha}, {@code blahblah}: a syllable said twice, laughter or filler. */
    static boolean isReduplicated(String word) {
        int half = word.length() / 2;
        return word.length() >= 4 && word.length() % 2 == 0
                && word.regionMatches(0, word, half, half);
    }

    /**
     * {@code ummm}, {@code hmmm}, {@code sooo}: a short word with a letter drawn out over three
     * keys is spoken emphasis in a quote, not a slip ({@code folllowing} is long enough to be one).
     */
    static boolean isDrawnOut(String word) {
        if (word.length() > SHORT_WORD) {
            return false;
        }
        for (int k = 2; k < word.length(); k++) {
            if (word.charAt(k) == word.charAt(k - 1) && word.charAt(k) == word.charAt(k - 2)) {
                // Drawn out from a vowel, a hum or a hiss (sooo, ummm, yesss), not a letter
                // struck thrice (wlll).
                return "aeiouyhmsrz".indexOf(word.charAt(k)) >= 0;
            }
        }
        return false;
    }

    /** How likely a dictionary word is the one meant: used nearby, common, a typing slip. */
    private double score(DocumentWords doc, String word, Candidate c) {
        double s = 0;
        if (c.word().charAt(0) != word.charAt(0)) {
            s -= 2; // slips rarely touch the first letter: jus is just, not us
        }
        // Used in the article: a strong hint, unless it is a word every article uses (for).
        if ((doc.count(c.word()) > 0 || doc.count(WordForm.capitalize(c.word())) > 0)
                && lexicon.frequency(c.word()) < EVERYDAY_FREQUENCY) {
            s += 4;
        }
        s += Math.log(1 + c.corpusOccurrences()) / Math.log(2) * 0.7;
        s += lexicon.frequency(c.word()) / 4.0;
        switch (c.kind()) {
            // Typing errors, commonest first; a key far from any neighbour is rarely struck.
            case TRANSPOSITION, DOUBLING, OMISSION -> s += 2;
            case NEIGHBOUR_KEY -> s += 1;
            default -> s -= 2;
        }
        if (c.distance() > 1) {
            s -= 2;
        }
        return s;
    }

    /**
     * True when a dictionary word one edit away is used in the article or often in the corpus:
     * then a word that looks like a compound ({@code compaired}) is a slip for it after all.
     */
    private boolean hasCommonNeighbour(DocumentWords doc, String word, String split) {
        List<String> parts = List.of(split.split(" "));
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && c.distance() == 1 && !parts.contains(c.word())
                    && (doc.count(c.word()) > 0 || c.corpusOccurrences() >= COMMON_IN_CORPUS
                            || commonInnerSlip(word, c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code written} is {@code intended} with one letter left out. Omissions are the
     * commonest typing error, so between two equally rare spellings that differ by one letter
     * ({@code Chosn}, {@code Choson}) the shorter is taken for the slip; not when the longer
     * only doubles a letter ({@code Kiefer}, {@code Kiiefer}), as common a slip.
     */
    private static boolean omission(String written, String intended) {
        return intended.length() == written.length() + 1
                && EditDistance.distance(written, intended, 1) == 1
                && EditDistance.kind(written, intended) != EditDistance.Kind.DOUBLING;
    }

    /** Two letters swapped, or a doubled letter lost or added: the commonest slips of the keys. */
    private static boolean strongSlip(Candidate c) {
        return c.distance() == 1 && (c.kind() == EditDistance.Kind.TRANSPOSITION
                || c.kind() == EditDistance.Kind.DOUBLING);
    }

    static String times(long n) {
        return n == 1 ? "once" : n + " times";
    }

    private record Scored(Candidate candidate, double score) {}

    private record Evidence(Candidate candidate, int strength, String reason)
            implements Comparable<Evidence> {
        @Override
        public int compareTo(Evidence o) {
            if (strength != o.strength) {
                return Integer.compare(strength, o.strength);
            }
            if (candidate.corpusOccurrences() != o.candidate.corpusOccurrences()) {
                return Long.compare(candidate.corpusOccurrences(), o.candidate.corpusOccurrences());
            }
            return o.candidate.word().compareTo(candidate.word());
        }
    }
}
