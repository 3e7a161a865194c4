package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.NameSlipShapes.firstLetterEdit;

import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;

/**
 * Judges a capitalised word no dictionary knows: a close variant of a name the corpus attests —
 * beside the same neighbour in a multi-word name, in the same document, or far more often in
 * the corpus — makes it a slip of that name. Anything else is a new name, not a typo. The
 * evidence is read by kind: the corpus's attestations ({@link AttestedNameSlips}), the names of
 * people ({@link PersonalNameSlips}), forms no name has ({@link UnsayableNameSlips}), words of
 * bodies' names ({@link SlipsInNamesOfBodies}) and names cut short ({@link CutNameSlips}).
 */
final class NameSlips {

    private final Lexicon lexicon;
    private final TypoThresholds t;
    private final CapitalisedWordSlips capitalisedWords;
    private final LongCapitalisedSlips longWords;
    private final FormsOfAName forms;
    private final FullNames fullNames;
    private final NamesOfTheCorpus names;
    private final PersonalNameSlips personal;
    private final UnsayableNameSlips unsayable;
    private final SlipsInNamesOfBodies bodies;
    private final CutNameSlips cuts;
    private final AttestedNameSlips attested;
    private final CorpusProfile profile;

    NameSlips(Lexicon lexicon, CorpusProfile profile, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.t = thresholds;
        this.capitalisedWords = new CapitalisedWordSlips(lexicon, thresholds);
        this.longWords = new LongCapitalisedSlips(lexicon, thresholds);
        this.forms = new FormsOfAName(lexicon);
        this.fullNames = new FullNames(lexicon);
        this.names = new NamesOfTheCorpus(lexicon, thresholds);
        this.personal = new PersonalNameSlips(lexicon, thresholds, fullNames);
        this.unsayable = new UnsayableNameSlips(lexicon, thresholds, names);
        this.bodies = new SlipsInNamesOfBodies(lexicon, profile, thresholds);
        this.cuts = new CutNameSlips(lexicon, profile, thresholds);
        this.attested = new AttestedNameSlips(lexicon, profile, thresholds, fullNames, names, cuts);
    }

    /**
     * @param titleCase the token stands in a line of capitalised words (a headline, a team
     *     line-up), where a name one slip from another is as often another person
     */
    Optional<TypoFinding> judge(DocumentWords doc, int i, int start, int end,
            String word, boolean titleCase) {
        long written = Math.max(1, lexicon.corpus().occurrences(word));
        String nameLeft = FullNames.pairNeighbour(doc, i, -1);
        String nameRight = FullNames.pairNeighbour(doc, i, 1);
        // A possessive ends the name of a person or place: France's Hind Dehiba, Ireland's
        // Ryanair are two names. A body's name may hold one (Lloyd's Register, Gibraltar's
        // Chief Minister), so its words are read with the neighbours as written.
        String left = i > 0 && possessive(doc, i - 1) ? null : nameLeft;
        String right = possessive(doc, i) ? null : nameRight;
        String leftPerson = fullNames.person(left);
        String rightPerson = fullNames.person(right);
        NameEvidence best = null;
        for (Candidate c : lexicon.candidates(word, false)) {
            boolean name = lexicon.isKnownName(c.word())
                    || (!lexicon.isCommonWord(c.word()) && !c.known())
                    || (c.known() && names.corpusName(c.word()) && !firstLetterEdit(word, c.word()))
                    || personal.surnameOfTheArticle(doc, i, word, c)
                    || NamesOfTheArticle.slipOfANameOfTheArticle(doc, word, c, written)
                    || lostFromANameOfTheArticle(doc, word, c, written);
            // That a slip reads like no word or is nobody's name proves little alone: unknown
            // real names are both. Only a slip no one could pronounce, or two letters swapped,
            // is a slip on that ground.
            boolean unpronounceable = Pronounceable.slipMakesUnpronounceable(word, c.word())
                    || unsayable.lastKeyOfPersonalName(word, c);
            String rareLetters = unpronounceable ? unsayable.rareLetters(word, c, written) : null;
            String onset = rareLetters == null ? unsayable.onsetNoWordHas(word, c, written) : null;
            boolean unreadable = rareLetters != null || onset != null;
            if (!unreadable && (c.corpusOccurrences() < written
                    || (c.corpusOccurrences() == written && !lexicon.isKnownName(c.word())
                            && !NameSlipShapes.omission(word, c.word())))) {
                continue; // the written form is as well attested: cannot tell which is right
            }
            boolean nameSlip = !titleCase
                    && (unpronounceable || c.kind() == EditDistance.Kind.TRANSPOSITION
                            || personal.keySlipInFullName(word, c, written, left, right))
                    && personal.slipOfPersonalName(word, c, written, leftPerson, rightPerson)
                    && !fullNames.anotherPerson(doc, word, c.word(), leftPerson, rightPerson);
            if (!name && !c.strongSlip() && !unreadable && !nameSlip
                    && !cuts.cutCapitalisedWord(word, c, left, right, written)
                    && !(fullNameElsewhere(word, c, left, right, written)
                            && (c.typingSlip() || unpronounceable))) {
                continue; // a common word, and not a slip of the keys: another name
            }
            NameEvidence e = attested.evidence(doc, word, c, left, right, written);
            if (e == null && !titleCase && unsayable.keyStruckTwice(word, c, written)) {
                e = new NameEvidence(c, strength(c), "used "
                        + UnknownWords.times(c.corpusOccurrences())
                        + " in the corpus; '" + word + "' strikes a key twice");
            }
            if (e == null && nameSlip) {
                e = new NameEvidence(c, strength(c), "a name used "
                        + UnknownWords.times(c.corpusOccurrences()) + " in the corpus; '"
                        + word + "' is nobody's name");
            }
            if (e == null && unreadable) {
                e = new NameEvidence(c, 2, "used " + UnknownWords.times(c.corpusOccurrences())
                        + (onset != null ? " in the corpus, and no English word begins with '"
                                + onset + "'" : " in the corpus, and hardly any word or name has '"
                                + rareLetters + "'"));
            }
            best = NameEvidence.stronger(best, e);
        }
        if (best == null) {
            best = bodies.wordInsideName(doc, i, word, nameLeft, nameRight, written);
        }
        if (best == null) {
            best = cuts.extendedName(word, left, right);
        }
        if (best == null && !titleCase) {
            best = cuts.cutOfTheArticle(doc, i, word, written);
        }
        if (best == null) {
            best = bodies.cutWordInsideName(doc, i, word, nameLeft, nameRight, written);
        }
        if (best == null) {
            best = monthOfADate(doc, start, end, word, written);
        }
        return best == null ? Optional.empty()
                : finding(doc, i, start, end, word, written,
                        likeliestForm(word, left, right, best));
    }

    /**
     * {@code Howard Fllght} where the corpus writes {@code Howard Flight}: the full name the
     * word and its neighbour make with the candidate is written elsewhere, so a name meant
     * that is also a common word ({@code Flight}) is still that person's. The word is
     * written only here and no list has it, and the slip is one of the keys or leaves the word
     * unpronounceable: {@code Gordon Bulloch} beside a {@code Gordon Bullock} is another
     * spelling, as a letter far from its key often is.
     */
    private boolean fullNameElsewhere(String word, Candidate c, String left, String right,
            long written) {
        return written == 1 && c.distance() == 1 && !firstLetterEdit(word, c.word())
                && !lexicon.isPersonalName(word)
                && NameEvidence.besideNeighbour(profile, c, left, right) != null;
    }

    /**
     * {@code a bid from Sprs} in an article that writes {@code Spurs} twice more: a letter
     * lost from a word the article itself uses as a name, which the corpus writes with a capital
     * at least as often as in lower case, though too rarely to be a name of the corpus
     * ({@link NamesOfTheCorpus#corpusName}). The slip is written once, on no name list
     * ({@code Carme} is a name of its own beside {@code Carmen}), and keeps the first letter.
     */
    private boolean lostFromANameOfTheArticle(DocumentWords doc, String word, Candidate c,
            long written) {
        String name = c.word();
        if (written > 1 || !c.known() || !WordForm.isCapitalized(name) || WordForm.isAllCaps(name)
                || !LostLetterInAName.shape(word, name)
                || doc.count(name) < LOST_LETTER_ARTICLE_USES) {
            return false;
        }
        long capitalised = lexicon.corpus().occurrences(name);
        long lower = lexicon.corpus().occurrences(name.toLowerCase(java.util.Locale.ROOT));
        return capitalised >= lower;
    }

    /** The article names the full form this often besides the slip: named again, not once. */
    private static final int LOST_LETTER_ARTICLE_USES = 2;

    /** The token at {@code k} carries a possessive's ending ({@code France's}, {@code Jones'}). */
    private static boolean possessive(DocumentWords doc, int k) {
        return doc.tokens().get(k).text().length() > doc.base(k).length();
    }

    /**
     * {@code his Counvil}: a slip of a common word the corpus capitalises
     * ({@link CapitalisedWordSlips}), or any one edit of a long one
     * ({@link LongCapitalisedSlips}); asked after {@link #judge} and the reading of a
     * sentence's first word as a common word have found nothing.
     */
    Optional<TypoFinding> capitalisedCommonWord(DocumentWords doc, int i, int start, int end,
            String word, boolean titleCase) {
        long written = Math.max(1, lexicon.corpus().occurrences(word));
        boolean besidePerson = fullNames.person(FullNames.pairNeighbour(doc, i, -1)) != null
                || fullNames.person(FullNames.pairNeighbour(doc, i, 1)) != null;
        Candidate c = capitalisedWords.slipOf(word, written, besidePerson, titleCase);
        if (c != null) {
            return finding(doc, i, start, end, word, written, new NameEvidence(c, strength(c),
                    "a common word the corpus writes with a capital "
                            + UnknownWords.times(c.corpusOccurrences())));
        }
        c = longWords.slipOf(word, written);
        if (c == null) {
            return Optional.empty();
        }
        return finding(doc, i, start, end, word, written, new NameEvidence(c, strength(c),
                "a word of English the corpus writes with a capital "
                        + UnknownWords.times(c.corpusOccurrences()) + ", its only reading"
                        + " one edit away"));
    }

    /** A finding is confident when the meant word is used often in the corpus. */
    private int strength(Candidate c) {
        return c.corpusOccurrences() >= t.confidentNameUses() ? 2 : 1;
    }

    private Optional<TypoFinding> finding(DocumentWords doc, int i, int start, int end,
            String word, long written, NameEvidence best) {
        boolean confident = best.strength() >= 2;
        // The message quotes a possessive as written (Bair's, Blair's); the fix mends the name.
        String possessive = doc.text().substring(end, doc.tokens().get(i).end());
        return Optional.of(new TypoFinding(start, end,
                confident ? Severity.ERROR : Severity.WARNING,
                "'" + word + possessive + "' is close to '" + best.candidate().word() + possessive
                        + "', " + best.reason(),
                best.candidate().word(), confident, TypoEvidence.of(TypoEvidence.Kind.NAME,
                        best.candidate().corpusOccurrences(), written)));
    }

    /**
     * {@code In Agust 2004}: one slip of the keys from a month's name, beside the number of a day
     * or a year ({@link NamesOfDates}), on no name list.
     */
    private NameEvidence monthOfADate(DocumentWords doc, int start, int end, String word,
            long written) {
        if (written > 1 || lexicon.isPersonalName(word) || !WordForm.isLowerCase(word.substring(1))
                || !NamesOfDates.besideDateNumber(doc.text(), start, end)) {
            return null;
        }
        for (Candidate c : lexicon.candidates(word, false)) {
            if (c.typingSlip() && NamesOfDates.isMonth(c.word())
                    && !firstLetterEdit(word, c.word())) {
                return new NameEvidence(c, 2, "a month's name used "
                        + UnknownWords.times(c.corpusOccurrences())
                        + " in the corpus, beside a date's number");
            }
        }
        return null;
    }

    /** The evidence for a name, suggesting the form of it the slip is closest to ({@link FormsOfAName}). */
    private NameEvidence likeliestForm(String word, String left, String right, NameEvidence e) {
        Candidate form = forms.likeliestForm(word, e.candidate());
        if (form == e.candidate()) {
            return e;
        }
        if (e.strength() >= 3) {
            // A full name attested beside the same neighbour names the form too (Joe Cole):
            // another form must be attested there as well (Grand Slams).
            NameEvidence pair = NameEvidence.besideNeighbour(profile, form, left, right);
            return pair == null ? e : pair;
        }
        return new NameEvidence(form, e.strength(), "a form of '" + e.candidate().word() + "', "
                + e.reason());
    }
}
