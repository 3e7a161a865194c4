package org.corpuslint.rules.typo;

import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;

/**
 * Judges a capitalised word no dictionary knows: a close variant of a name the corpus attests —
 * beside the same neighbour in a multi-word name, in the same document, or far more often in
 * the corpus — makes it a slip of that name. Anything else is a new name, not a typo.
 */
final class NameSlips {

    /** Titles of address, which a surname follows. */
    private static final java.util.Set<String> ADDRESS =
            java.util.Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof");

    private final Lexicon lexicon;
    private final CorpusProfile profile;
    private final TypoThresholds t;
    private final CapitalisedWordSlips capitalisedWords;
    private final CutNamesOfTheArticle cutNames;
    private final FormsOfAName forms;

    NameSlips(Lexicon lexicon, CorpusProfile profile, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.t = thresholds;
        this.capitalisedWords = new CapitalisedWordSlips(lexicon, thresholds);
        this.cutNames = new CutNamesOfTheArticle(lexicon, thresholds);
        this.forms = new FormsOfAName(lexicon);
    }

    /**
     * @param titleCase the token stands in a line of capitalised words (a headline, a team
     *     line-up), where a name one slip from another is as often another person
     */
    Optional<TypoFinding> judge(DocumentWords doc, int i, int start, int end,
            String word, boolean titleCase) {
        long written = Math.max(1, lexicon.corpus().occurrences(word));
        String left = pairNeighbour(doc, i, -1);
        String right = pairNeighbour(doc, i, 1);
        Evidence best = null;
        for (Candidate c : lexicon.candidates(word, false)) {
            boolean name = lexicon.isKnownName(c.word())
                    || (!lexicon.isCommonWord(c.word()) && !c.known())
                    || (c.known() && corpusName(c.word()) && !firstLetterEdit(word, c.word()))
                    || surnameOfTheArticle(doc, i, word, c);
            // That a slip reads like no word or is nobody's name proves little alone: unknown
            // real names are both. Only a slip no one could pronounce, or two letters swapped,
            // is a slip on that ground.
            boolean unpronounceable = Pronounceable.slipMakesUnpronounceable(word, c.word())
                    || lastKeyOfPersonalName(word, c);
            String rareLetters = unpronounceable ? rareLetters(word, c, written) : null;
            boolean unreadable = rareLetters != null;
            if (!unreadable && (c.corpusOccurrences() < written
                    || (c.corpusOccurrences() == written && !lexicon.isKnownName(c.word())
                            && !omission(word, c.word())))) {
                continue; // the written form is as well attested: cannot tell which is right
            }
            boolean nameSlip = !titleCase
                    && (unpronounceable || c.kind() == EditDistance.Kind.TRANSPOSITION
                            || keySlipInFullName(word, c, written, left, right))
                    && slipOfPersonalName(word, c, written, person(left), person(right))
                    && !anotherPerson(doc, word, c.word(), person(left), person(right));
            if (!name && !c.strongSlip() && !unreadable && !nameSlip
                    && !cutCapitalisedWord(word, c, left, right, written)) {
                continue; // a common word, and not a slip of the keys: another name
            }
            Evidence e = evidence(doc, word, c, left, right, written);
            if (e == null && !titleCase && keyStruckTwice(word, c, written)) {
                e = new Evidence(c, c.corpusOccurrences() >= t.confidentNameUses() ? 2 : 1,
                        "used " + UnknownWords.times(c.corpusOccurrences())
                                + " in the corpus; '" + word + "' strikes a key twice");
            }
            if (e == null && nameSlip) {
                e = new Evidence(c, c.corpusOccurrences() >= t.confidentNameUses() ? 2 : 1,
                        "a name used " + UnknownWords.times(c.corpusOccurrences()) + " in the corpus; '"
                                + word + "' is nobody's name");
            }
            if (e == null && unreadable) {
                e = new Evidence(c, 2, "used " + UnknownWords.times(c.corpusOccurrences())
                        + " in the corpus, and hardly any word or name has '"
                        + rareLetters + "'");
            }
            if (e != null && (best == null || e.compareTo(best) > 0)) {
                best = e;
            }
        }
        if (best == null) {
            best = wordInsideName(doc, i, word, left, right, written);
        }
        if (best == null) {
            best = extendedName(word, left, right);
        }
        if (best == null && !titleCase) {
            best = cutOfTheArticle(doc, i, word, written);
        }
        if (best == null) {
            best = monthOfADate(doc, start, end, word, written);
        }
        return best == null ? Optional.empty()
                : finding(doc, i, start, end, word, written,
                        likeliestForm(word, left, right, best));
    }

    /**
     * {@code his Counvil}: a slip of a common word the corpus capitalises
     * ({@link CapitalisedWordSlips}); asked after {@link #judge} and the reading of a sentence's
     * first word as a common word have found nothing.
     */
    Optional<TypoFinding> capitalisedCommonWord(DocumentWords doc, int i, int start, int end,
            String word, boolean titleCase) {
        long written = Math.max(1, lexicon.corpus().occurrences(word));
        boolean besidePerson = person(pairNeighbour(doc, i, -1)) != null
                || person(pairNeighbour(doc, i, 1)) != null;
        Candidate c = capitalisedWords.slipOf(word, written, besidePerson, titleCase);
        if (c == null) {
            return Optional.empty();
        }
        return finding(doc, i, start, end, word, written,
                new Evidence(c, c.corpusOccurrences() >= t.confidentNameUses() ? 2 : 1,
                        "a common word the corpus writes with a capital "
                                + UnknownWords.times(c.corpusOccurrences())));
    }

    private Optional<TypoFinding> finding(DocumentWords doc, int i, int start, int end,
            String word, long written, Evidence best) {
        boolean confident = best.strength >= 2;
        // The message quotes a possessive as written (Bair's, Blair's); the fix mends the name.
        String possessive = doc.text().substring(end, doc.tokens().get(i).end());
        return Optional.of(new TypoFinding(start, end,
                confident ? Severity.ERROR : Severity.WARNING,
                "'" + word + possessive + "' is close to '" + best.candidate.word() + possessive
                        + "', " + best.reason,
                best.candidate.word(), confident, TypoEvidence.of(TypoEvidence.Kind.NAME,
                        best.candidate.corpusOccurrences(), written)));
    }

    /**
     * {@code Ms Deahs} in an article that writes {@code Ms Deans}: after a title of address the
     * word is a surname, and a slip of the keys on a capitalised word the article uses after
     * such a title is a slip of that surname, though the dictionary knows it as a common word.
     */
    private boolean surnameOfTheArticle(DocumentWords doc, int i, String word, Candidate c) {
        if (!addressed(doc, i) || !c.typingSlip()
                || firstLetterEdit(word, c.word()) || !WordForm.isCapitalized(c.word())) {
            return false;
        }
        for (int k = 1; k < doc.tokens().size(); k++) {
            if (doc.base(k).equals(c.word()) && addressed(doc, k)) {
                return true;
            }
        }
        return false;
    }

    /** The word stands after a title of address ({@code Mr}, {@code Dr}): a surname. */
    static boolean addressed(DocumentWords doc, int i) {
        String before = doc.neighbour(i, -1);
        return before != null && ADDRESS.contains(before);
    }

    /**
     * {@code World Scial Forum}, {@code the Univeristy of Oklahoma}: a dictionary word misspelt
     * inside a name built of dictionary words. The dictionary reading is meant when the corpus
     * writes the name so elsewhere, or writes the word with a capital in names often; a name of
     * people ({@code Pernod Ricard}) has no such support, its words being names.
     */
    private Evidence wordInsideName(DocumentWords doc, int i, String word, String left,
            String right, long written) {
        String owner = pluralOwner(doc, i);
        // Written twice, it is still a slip where the corpus writes the reading beside the same
        // neighbour far more often (BBC Sprt, BBC Sport).
        if (written > 2 || !WordForm.isLowerCase(word.substring(1))
                || givenName(doc, i, -1, left) || givenName(doc, i, 1, right)
                || ForeignPhrases.beside(doc, i)
                || !(nameWord(left) || nameWord(right) || nameWord(owner)
                        || beforeOfName(doc, i) || afterOfName(doc, i))) {
            return null;
        }
        // A form on the name lists (Radko) is a slip only where the corpus writes the
        // dictionary reading beside both its neighbours (BBC Radio, Radio Five).
        boolean listed = lexicon.isPersonalName(word);
        if (listed && (left == null || right == null)) {
            return null;
        }
        Evidence best = null;
        for (Candidate c : lexicon.candidates(word, false)) {
            // A brand cut short or lengthened (Exxon Mobil) is spelt so on purpose.
            if (!(c.typingSlip() || struckBesideAttested(word, c, left, right)
                    || unreadableLetter(word, c) || lastLetterStruck(word, c, written))
                    || !c.known()
                    || !wordOfNames(c.word(), left, right)
                    || firstLetterEdit(word, c.word()) || Lexicon.extension(word, c.word())) {
                continue;
            }
            if (listed) {
                if (profile.pairOccurrences(left, c.word()) > 0
                        && profile.pairOccurrences(c.word(), right) > 0) {
                    Evidence e = pairEvidence(c, left, right);
                    if (best == null || e.compareTo(best) > 0) {
                        best = e;
                    }
                }
                continue;
            }
            Evidence e = pairEvidence(c, left, right);
            // A form no one could say (Sprt) is a slip however often it is written.
            if (written > 1 && (e == null || (pairUses(c.word(), left, right)
                    < t.dominanceRatio() * written
                    && !Pronounceable.slipMakesUnpronounceable(word, c.word())))) {
                continue;
            }
            if (e == null && c.corpusOccurrences() >= t.nameWordUses()) {
                e = new Evidence(c, 1, "a word of names used "
                        + UnknownWords.times(c.corpusOccurrences()) + " in the corpus");
            }
            if (e == null && c.strongSlip() && commonReading(c.word())) {
                // Mobile Entertainment Foorum: a letter doubled or two swapped on a common word
                // among words of names, though the corpus rarely names a body with it.
                e = new Evidence(c, 1, "a common word, as a word of names");
            }
            if (e != null && (best == null || e.compareTo(best) > 0)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * {@code Supreme Cokrt}: a letter struck on a key far from the right one, which alone reads
     * as another name, is a slip where the corpus writes the dictionary reading beside the same
     * neighbour again and again, as one name.
     */
    private boolean struckBesideAttested(String word, Candidate c, String left, String right) {
        return c.distance() == 1 && c.word().length() == word.length()
                && ((left != null && profile.pairOccurrences(left, c.word())
                        >= NamePairs.MIN_PAIR_USES)
                        || (right != null && profile.pairOccurrences(c.word(), right)
                                >= NamePairs.MIN_PAIR_USES));
    }

    /**
     * {@code Orbit Reseaqch}, {@code the Court of Apqeal}: a letter struck on a key far from the
     * right one that leaves a run of letters hardly any word or name has, on a word the corpus
     * writes with a capital; inside a name of bodies, such a run is no name's own spelling.
     */
    private boolean unreadableLetter(String word, Candidate c) {
        if (c.distance() != 1 || c.word().length() != word.length()
                || c.corpusOccurrences() < t.capitalisedWordUses()) {
            return false;
        }
        LetterTrigrams.Introduced rarest = lexicon.rarestIntroducedTrigram(word, c.word());
        return rarest != null && rarest.words() <= t.rareTrigram();
    }

    /**
     * {@code the Freedoh of Information Act}, {@code Sheffield Unitew}: the last letter of a
     * word of names struck on any key, the rest of the word intact, written once; the corpus
     * writes the word with a capital itself. A key struck wrong inside the word is judged by
     * its keyboard and letters ({@link #unreadableLetter}); at the end, a name rarely differs
     * from a word of names by that letter alone.
     */
    private boolean lastLetterStruck(String word, Candidate c, long written) {
        int n = word.length();
        String meant = c.word();
        return written == 1 && c.distance() == 1 && meant.length() == n
                && n > t.minNameLength() && meant.regionMatches(0, word, 0, n - 1)
                && Character.isLetter(word.charAt(n - 1))
                && c.corpusOccurrences() >= t.capitalisedWordUses();
    }

    /**
     * A capitalised dictionary word, a place or body the dictionary knows ({@code York}) or an
     * acronym ({@code BBC}), the words names of bodies are built of; not an initial or a Roman
     * numeral, which stand in the names of people.
     */
    private boolean nameWord(String neighbour) {
        if (neighbour == null || neighbour.length() < 2) {
            return false;
        }
        if (WordForm.isAllCaps(neighbour)) {
            return !neighbour.matches("[IVXLC]+");
        }
        return lexicon.isCommonWord(neighbour) || lexicon.isKnownName(neighbour);
    }

    /**
     * The words bodies are named with: a common word ({@code Social}), or a place the
     * dictionary knows that is nobody's given name or surname, beside a common word of the
     * body's name ({@code Westminster Foundation}, {@code Leeds Central}; a product beside its
     * maker and an acronym, {@code Sony's Clie PEG}, is no such name). A name that is also a
     * common word counts when the word is the commoner reading ({@code Radio},
     * {@code Independent}), not when the word is rare ({@code Peter}, as in to peter out).
     */
    private boolean wordOfNames(String word, String left, String right) {
        if (lexicon.isCommonWord(word)) {
            return !lexicon.isPersonalName(word)
                    || lexicon.frequency(word.toLowerCase(java.util.Locale.ROOT))
                            >= t.commonFrequency();
        }
        return lexicon.isKnownName(word) && !lexicon.isPersonalName(word)
                && (commonCapitalised(left) || commonCapitalised(right));
    }

    private boolean commonCapitalised(String neighbour) {
        return neighbour != null && !WordForm.isAllCaps(neighbour)
                && lexicon.isCommonWord(neighbour);
    }

    /**
     * Beside a given name ({@code Andre}), the word is a person's name, not a body's; but not
     * when that name ends a place the corpus names with a common word before it
     * ({@code New York}, whose {@code York} is also a given name).
     */
    private boolean givenName(DocumentWords doc, int i, int direction, String neighbour) {
        if (neighbour == null || !PersonalNames.isGivenName(neighbour)) {
            return false;
        }
        if (direction < 0) {
            // York stands in New York at least half the times the corpus writes it.
            String before = pairNeighbour(doc, i - 1, -1);
            return before == null || !lexicon.isCommonWord(before)
                    || 2 * profile.pairOccurrences(before, neighbour)
                            < lexicon.corpus().occurrences(neighbour);
        }
        return true;
    }

    /**
     * {@code Workers' Union}: the capitalised plural possessive before the word, which names of
     * bodies use ({@code Critics' Circle}); null when there is none.
     */
    private static String pluralOwner(DocumentWords doc, int i) {
        if (i == 0) {
            return null;
        }
        org.corpuslint.text.Token owner = doc.tokens().get(i - 1);
        int start = doc.tokens().get(i).start();
        String between = doc.text().substring(owner.end(), start);
        String base = doc.base(i - 1);
        return (between.equals("' ") || between.equals("\u2019 ")) && base.endsWith("s")
                && WordForm.isCapitalized(base) ? base : null;
    }

    /** The small words that join the words of a body's name ({@code Department for Transport}). */
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("of", "for");

    private static boolean nameLink(String word) {
        return word != null && NAME_LINKS.contains(word);
    }

    /**
     * {@code University of Oklahoma}, {@code Department for Transport}: the word stands before
     * {@code of} or {@code for} and a capitalised word.
     */
    private static boolean beforeOfName(DocumentWords doc, int i) {
        if (!nameLink(doc.neighbour(i, 1)) || i + 2 >= doc.tokens().size()) {
            return false;
        }
        String next = doc.neighbour(i + 1, 1);
        return next != null && WordForm.isCapitalized(next);
    }

    /**
     * {@code Bureau of Statistics}, {@code House of Lords}: the word ends a body's name, after
     * {@code of} or {@code for} and a capitalised common word or acronym (not a person:
     * {@code Peter of Alexandria}).
     */
    private boolean afterOfName(DocumentWords doc, int i) {
        if (i < 2 || !nameLink(doc.neighbour(i, -1))) {
            return false;
        }
        String head = doc.neighbour(i - 1, -1);
        return head != null && WordForm.isCapitalized(head) && nameWord(head)
                && !PersonalNames.isGivenName(head);
    }

    /** How often the corpus writes {@code word} beside the neighbour it has here. */
    private long pairUses(String word, String left, String right) {
        return Math.max(left == null ? 0 : profile.pairOccurrences(left, word),
                right == null ? 0 : profile.pairOccurrences(word, right));
    }

    /** A common word whose lower-case reading is common English (forum, not peter). */
    private boolean commonReading(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lexicon.isCommonWord(word) && !lexicon.isPersonalName(word)
                && lexicon.frequency(lower) >= t.commonFrequency();
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
            return new Evidence(c, 2, "used " + UnknownWords.times(inDocument) + " in this document and "
                    + UnknownWords.times(c.corpusOccurrences()) + " in the corpus");
        }
        boolean lone = word.length() >= t.minLoneNameLength() && c.strongSlip()
                && !lexicon.isCommonWord(name) && c.corpusOccurrences()
                        >= (word.length() >= t.longName() ? t.nameSlipRatio() : t.dominanceRatio()) * written;
        boolean familiar = word.length() >= t.minFamiliarNameLength() && c.typingSlip()
                && c.corpusOccurrences() >= t.familiarRatio() * written
                && (!lexicon.isPersonalName(name)
                        || fitsPosition(name, person(left), person(right)));
        boolean dominant = left == null && right == null && c.typingSlip()
                && c.corpusOccurrences() >= t.dominantRatio() * written
                && !firstLetterEdit(word, name) && isName(c);
        if (lone || familiar || dominant
                || standaloneDictionaryName(word, c, left, right, written)
                || cutCapitalisedWord(word, c, left, right, written)) {
            return new Evidence(c, 1, "used " + UnknownWords.times(c.corpusOccurrences()) + " in the corpus");
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
        return WordForm.isCapitalized(word) && capitalised >= t.nameOverWord() * Math.max(1, lower);
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
                && !firstLetterEdit(word, c.word()) && !lexicon.isPersonalName(word)
                && (c.strongSlip() || word.length() >= t.minLoneNameLength()
                        || !pronounceableVowelSlip(word, c.word())
                        || lastLetterCut(word, c.word()))
                && ((c.known() && (lexicon.isKnownName(c.word()) || corpusName(c.word())))
                        || lexicon.isPersonalName(c.word()))
                && (c.corpusOccurrences() >= t.dictionaryNameOccurrences()
                        || (word.length() >= t.longName() && lexicon.isKnownName(c.word())));
    }

    /**
     * {@code the Parliamen's request}: a common word the corpus often writes with a capital (a
     * body, an office), its last letter lost, standing alone: no name of its own, as the cut
     * form is used nowhere else and on no name list.
     */
    private boolean cutCapitalisedWord(String word, Candidate c, String left, String right,
            long written) {
        return left == null && right == null && written == 1 && c.known()
                && lexicon.isCommonWord(c.word()) && WordForm.isCapitalized(c.word())
                && lastLetterCut(word, c.word()) && word.length() >= t.minFamiliarNameLength()
                && c.corpusOccurrences() >= t.commonInCorpus() && !lexicon.isPersonalName(word);
    }

    /**
     * {@code Americ} for {@code America}: the name with its last letter lost, leaving a
     * consonant at the end. The candidates admit such a cut only for a name far commoner than
     * the cut form or known to the dictionary while the cut form is on no name list. A cut that
     * ends in a vowel ({@code Georgi}, {@code Sofi}) reads as a name of its own, as a vowel
     * changed inside a name does ({@code Serna}).
     */
    private static boolean lastLetterCut(String written, String intended) {
        return intended.length() == written.length() + 1
                && intended.regionMatches(true, 0, written, 0, written.length())
                && Character.isLetter(written.charAt(written.length() - 1))
                && !isVowel(Character.toLowerCase(written.charAt(written.length() - 1)));
    }

    /**
     * {@code Lawrencr} for {@code Lawrence}: the last letter of a given name or surname on the
     * lists struck on a neighbouring key, leaving two consonants at the end. Names end in
     * clusters of their own ({@code Blinkx}), so the ending must also be one hardly any word or
     * name has ({@link #rareLetters}), and the written form on no list.
     */
    private boolean lastKeyOfPersonalName(String word, Candidate c) {
        int n = word.length();
        return c.kind() == EditDistance.Kind.NEIGHBOUR_KEY && c.word().length() == n
                && n >= t.minFamiliarNameLength()
                && c.word().regionMatches(0, word, 0, n - 1)
                && !isVowel(Character.toLowerCase(word.charAt(n - 1)))
                && !isVowel(Character.toLowerCase(word.charAt(n - 2)))
                && PersonalNames.contains(c.word()) && !lexicon.isPersonalName(word);
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
                || firstLetterEdit(word, c.word()) || lexicon.isPersonalName(word)) {
            return false;
        }
        // A vowel changed or a letter added that still reads as a name (Kanu for Keanu,
        // Carthy for Cathy) is as often another name; a long word rarely gains a letter and
        // stays a name.
        boolean strong = c.strongSlip();
        if (!strong && (pronounceableVowelSlip(word, c.word())
                || (word.length() == c.word().length() + 1 && word.length() < t.longName()))) {
            return false;
        }
        // Two letters swapped or doubled are slips wherever they stand; a subtler change must
        // also suit the place in a full name.
        boolean usedMore = c.corpusOccurrences() >= t.nameSlipUses()
                && c.corpusOccurrences() >= t.nameSlipRatio() * written
                && (strong || fitsPosition(c.word(), left, right))
                && lexicon.frequency(c.word().toLowerCase(java.util.Locale.ROOT)) < t.commonFrequency();
        // A name the dictionary knows (Caroline, Panasonic) needs only to be used as well.
        boolean dictionaryName = lexicon.isKnownName(c.word())
                && word.length() >= (strong ? t.minNameLength() : t.shortWord())
                && c.corpusOccurrences() >= written
                && (strong || fitsFullName(c.word(), left, right));
        return usedMore || dictionaryName;
    }

    /**
     * {@code Goron Freeman}, {@code Sir John Stevebs}: a key next to the right one struck, or a
     * letter left out, in a word after a given name or before a surname of the lists, when the
     * meant name is on the lists too and is the kind of name its place asks for. The name's
     * other word says a person is named; a slip of the keys on a name the corpus writes far more
     * often ({@link #slipOfPersonalName}), the written form on no list, says which person.
     */
    private boolean keySlipInFullName(String word, Candidate c, long written, String left,
            String right) {
        // A vowel lost or changed is judged by slipOfPersonalName: it often reads as a name.
        boolean keySlip = c.kind() == EditDistance.Kind.NEIGHBOUR_KEY
                || c.kind() == EditDistance.Kind.OMISSION;
        // John, Bob, Freeman: names that are also common words still name a person here.
        // A given name stands before the word, a surname after it; a word of two letters
        // before a name is as often a particle or article (Le Matin, De Villiers) as a name.
        String l = left != null && left.length() > 2 && !WordForm.isAllCaps(left)
                && PersonalNames.isGivenName(left) ? left : null;
        String r = right != null && !WordForm.isAllCaps(right) && PersonalNames.isSurname(right)
                ? right : null;
        return keySlip && (l != null || r != null) && word.length() > t.minNameLength()
                && c.corpusOccurrences() >= t.nameSlipUses()
                && c.corpusOccurrences() >= t.nameSlipRatio() * written
                && PersonalNames.contains(c.word()) && fitsPosition(c.word(), l, r);
    }

    /**
     * {@code In Agust 2004}: one slip of the keys from a month's name, beside the number of a day
     * or a year ({@link NamesOfDates}), on no name list.
     */
    private Evidence monthOfADate(DocumentWords doc, int start, int end, String word,
            long written) {
        if (written > 1 || lexicon.isPersonalName(word) || !WordForm.isLowerCase(word.substring(1))
                || !NamesOfDates.besideDateNumber(doc.text(), start, end)) {
            return null;
        }
        for (Candidate c : lexicon.candidates(word, false)) {
            if (c.typingSlip() && NamesOfDates.isMonth(c.word())
                    && !firstLetterEdit(word, c.word())) {
                return new Evidence(c, 2, "a month's name used "
                        + UnknownWords.times(c.corpusOccurrences())
                        + " in the corpus, beside a date's number");
            }
        }
        return null;
    }

    /** Letters that English words and names almost never write twice in a row. */
    private static final String RARELY_DOUBLED = "hjqvwxy";

    /**
     * {@code Collegee}, {@code Streeets}, {@code Stevve}: a key struck twice where no name
     * doubles it (at the end of the word, a third time, or a letter English never doubles),
     * on a name or capitalised word the corpus uses several times more, while no name list has
     * the written form. Names double letters of their own ({@code Phillip}, {@code Mann}); those
     * are on the lists.
     */
    private boolean keyStruckTwice(String word, Candidate c, long written) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int n = w.length();
        if (c.kind() != EditDistance.Kind.DOUBLING || c.word().length() != n - 1
                || n < t.minNameLength() + 1 || lexicon.corpus().occurrences(word) > 1
                || !WordForm.isLowerCase(word.substring(1)) || lexicon.isPersonalName(word)
                || firstLetterEdit(word, c.word())
                || c.corpusOccurrences() < t.nameSlipUses()
                || c.corpusOccurrences() < t.nameSlipRatio() * written) {
            return false;
        }
        return doubledUnlikeAName(w);
    }

    /**
     * True when lower-case {@code w} has a letter struck twice where no name doubles it: at the
     * end of the word, a third time, or a letter English never doubles.
     */
    static boolean doubledUnlikeAName(String w) {
        int n = w.length();
        for (int k = 1; k < n; k++) {
            char x = w.charAt(k);
            if (x != w.charAt(k - 1)) {
                continue;
            }
            boolean tripled = k >= 2 && w.charAt(k - 2) == x;
            boolean atEnd = k == n - 1 && (k < 2 || w.charAt(k - 2) != x);
            if (tripled || atEnd || RARELY_DOUBLED.indexOf(x) >= 0) {
                return true;
            }
        }
        return false;
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

    /** The evidence for a name, suggesting the form of it the slip is closest to ({@link FormsOfAName}). */
    private Evidence likeliestForm(String word, String left, String right, Evidence e) {
        Candidate form = forms.likeliestForm(word, e.candidate);
        if (form == e.candidate) {
            return e;
        }
        if (e.strength >= 3) {
            // A full name attested beside the same neighbour names the form too (Joe Cole):
            // another form must be attested there as well (Grand Slams).
            Evidence pair = pairEvidence(form, left, right);
            return pair == null ? e : pair;
        }
        return new Evidence(form, e.strength, "a form of '" + e.candidate.word() + "', " + e.reason);
    }

    /** {@code Googl} in an article that writes {@code Google} ({@link CutNamesOfTheArticle}). */
    private Evidence cutOfTheArticle(DocumentWords doc, int i, String word, long written) {
        Candidate c = cutNames.fullName(doc, i, word, written);
        return c == null ? null : new Evidence(c, 2, "used "
                + UnknownWords.times(doc.count(c.word())) + " in this document and "
                + UnknownWords.times(c.corpusOccurrences()) + " in the corpus; '" + word
                + "' is it cut short");
    }

    /**
     * The strongest evidence: {@code c} attested in the corpus beside the word's own neighbour
     * ({@code left} before it or {@code right} after it; either may be null), as one name.
     */
    private Evidence pairEvidence(Candidate c, String left, String right) {
        String name = c.word();
        if (left != null && profile.pairOccurrences(left, name) > 0) {
            return new Evidence(c, 3, "as in '" + left + " " + name + "', "
                    + UnknownWords.times(profile.pairOccurrences(left, name)) + " in the corpus");
        }
        if (right != null && profile.pairOccurrences(name, right) > 0) {
            return new Evidence(c, 3, "as in '" + name + " " + right + "', "
                    + UnknownWords.times(profile.pairOccurrences(name, right)) + " in the corpus");
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
                || c.corpusOccurrences() < (c.known() ? 1 : t.unreadableMinUses())
                || lexicon.isPersonalName(word)
                || !(isName(c) || lexicon.corpus().occurrences(
                        c.word().toLowerCase(java.util.Locale.ROOT)) == 0)) {
            return null;
        }
        LetterTrigrams.Introduced rarest = lexicon.rarestIntroducedTrigram(word, c.word());
        return rarest != null && rarest.words() <= t.rareTrigram() ? rarest.letters() : null;
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
                || lexicon.isCommonWord(neighbour) || describesPerson(neighbour)
                ? null : neighbour;
    }

    /**
     * {@code Italian Ranieri}, {@code Labour's}: a name the dictionary knows that no list of
     * given names or surnames has (a nationality, a party, a place) describes the person
     * after it; it is no part of the person's name.
     */
    private boolean describesPerson(String neighbour) {
        return lexicon.isKnownName(neighbour) && !lexicon.isPersonalName(neighbour);
    }

    /** A capitalised neighbour that can form a multi-word name with the word: not Mr or The. */
    static String pairNeighbour(DocumentWords doc, int i, int direction) {
        String n = doc.neighbour(i, direction);
        return n != null && WordForm.isCapitalized(n) && !FunctionWords.contains(n)
                && !RealWordSlips.isTitle(n) ? n : null;
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
