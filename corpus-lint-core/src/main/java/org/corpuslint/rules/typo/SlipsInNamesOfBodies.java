package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.NameSlipShapes.firstLetterEdit;

import java.util.Locale;
import java.util.Set;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;

/**
 * {@code World Scial Forum}, {@code the Univeristy of Oklahoma}: a dictionary word misspelt
 * inside the name of a body, a name built of dictionary words, places and acronyms. Such a word
 * is no person's name, so a slip of the keys on it, or a letter no word has, is a typo where the
 * corpus writes the reading beside the same neighbour or capitalises it in names often. Beside
 * a given name the word is a person's and is judged elsewhere.
 */
final class SlipsInNamesOfBodies {

    /** The small words that join the words of a body's name ({@code Department for Transport}). */
    private static final Set<String> NAME_LINKS = Set.of("of", "for");

    private final Lexicon lexicon;
    private final CorpusProfile profile;
    private final TypoThresholds t;

    SlipsInNamesOfBodies(Lexicon lexicon, CorpusProfile profile, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.t = thresholds;
    }

    /**
     * The evidence that {@code word}, token {@code i} between capitalised {@code left} and
     * {@code right} (either may be null), is a slip of a word of a body's name; or null. The
     * dictionary reading is meant when the corpus writes the name so elsewhere, or writes the
     * word with a capital in names often; a name of people ({@code Pernod Ricard}) has no such
     * support, its words being names.
     */
    NameEvidence wordInsideName(DocumentWords doc, int i, String word, String left,
            String right, long written) {
        // Written twice, it is still a slip where the corpus writes the reading beside the same
        // neighbour far more often (BBC Sprt, BBC Sport).
        if (written > 2 || !standsInNameOfBody(doc, i, word, left, right)) {
            return null;
        }
        // A form on the name lists (Radko) is a slip only where the corpus writes the
        // dictionary reading beside both its neighbours (BBC Radio, Radio Five).
        boolean listed = lexicon.isPersonalName(word);
        if (listed && (left == null || right == null)) {
            return null;
        }
        NameEvidence best = null;
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
                    best = NameEvidence.stronger(best,
                            NameEvidence.besideNeighbour(profile, c, left, right));
                }
                continue;
            }
            NameEvidence e = NameEvidence.besideNeighbour(profile, c, left, right);
            // A form no one could say (Sprt) is a slip however often it is written.
            if (written > 1 && (e == null || (pairUses(c.word(), left, right)
                    < t.dominanceRatio() * written
                    && !Pronounceable.slipMakesUnpronounceable(word, c.word())))) {
                continue;
            }
            if (e == null && c.corpusOccurrences() >= t.nameWordUses()) {
                e = new NameEvidence(c, 1, "a word of names used "
                        + UnknownWords.times(c.corpusOccurrences()) + " in the corpus");
            }
            if (e == null && c.strongSlip() && commonReading(c.word())) {
                // Mobile Entertainment Foorum: a letter doubled or two swapped on a common word
                // among words of names, though the corpus rarely names a body with it.
                e = new NameEvidence(c, 1, "a common word, as a word of names");
            }
            best = NameEvidence.stronger(best, e);
        }
        return best;
    }

    /**
     * {@code the Great Movin' Show}: an apostrophe after the word marks its last letter left off on
     * purpose, as it is spoken.
     */
    private static boolean apostropheAfter(DocumentWords doc, int i, int length) {
        int after = doc.tokens().get(i).start() + length;
        String text = doc.text();
        return after < text.length()
                && (text.charAt(after) == '\'' || text.charAt(after) == '\u2019');
    }

    /** The word stands where a body's name has its words, not beside a person's given name. */
    private boolean standsInNameOfBody(DocumentWords doc, int i, String word, String left,
            String right) {
        return WordForm.isLowerCase(word.substring(1)) && !givenNameBefore(doc, i, left)
                && !ForeignPhrases.beside(doc, i)
                && (nameWord(left) || nameWord(right) || nameWord(pluralOwner(doc, i))
                        || beforeOfName(doc, i) || afterOfName(doc, i));
    }

    /**
     * {@code Argus Researc}, {@code the Legal Affairs Committe}: a common word of names cut by
     * its last letter, written once. The full word is no candidate of a name (a cut name is
     * another form of it: {@code Saud}, {@code Saudi}), but inside a body's name the word is a
     * common word the corpus writes with a capital, and its cut is no word. A silent e left off
     * after a consonant keeps the word's sound, as brands spell it ({@code Exxon Mobil}), and
     * is left alone. Asked after the other readings of a name (a name of the article cut
     * short is the stronger evidence).
     */
    NameEvidence cutWordInsideName(DocumentWords doc, int i, String word, String left,
            String right, long written) {
        int n = word.length();
        if (written > 1 || n < t.minNameLength() || !Character.isLetter(word.charAt(n - 1))
                || lexicon.isPersonalName(word) || apostropheAfter(doc, i, n)
                || !standsInNameOfBody(doc, i, word, left, right)) {
            return null;
        }
        NameEvidence best = null;
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String full = word + letter;
            long uses = lexicon.corpus().occurrences(full);
            if (uses < t.capitalisedWordUses() || !commonReading(full)
                    || (letter == 'e' && !NameSlipShapes.isVowel(word.charAt(n - 1)))) {
                continue;
            }
            Candidate c = new Candidate(full, uses, true, 1, EditDistance.Kind.OMISSION);
            NameEvidence e = NameEvidence.besideNeighbour(profile, c, left, right);
            best = NameEvidence.stronger(best, e != null ? e : new NameEvidence(c, 1,
                    "a word of names used " + UnknownWords.times(uses)
                            + " in the corpus, cut by its last letter"));
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
                    || lexicon.frequency(word.toLowerCase(Locale.ROOT)) >= t.commonFrequency();
        }
        return lexicon.isKnownName(word) && !lexicon.isPersonalName(word)
                && (commonCapitalised(left) || commonCapitalised(right));
    }

    private boolean commonCapitalised(String neighbour) {
        return neighbour != null && !WordForm.isAllCaps(neighbour)
                && lexicon.isCommonWord(neighbour);
    }

    /**
     * After a given name ({@code Andre}), the word is a person's surname, not a body's word; but
     * not when that name ends a place the corpus names with a common word before it
     * ({@code New York}, whose {@code York} is also a given name). A given name after the word
     * says nothing of it: names run given name first, so the word before one is a title or a
     * body's word ({@code Deputy Mayor Nicky Gavron}, {@code the Children Bill},
     * {@code Development Bank}) or another given name, which a reading that is a common word of
     * names is not, and a word on the name lists needs the reading beside both neighbours.
     */
    private boolean givenNameBefore(DocumentWords doc, int i, String left) {
        if (left == null || !PersonalNames.isGivenName(left)) {
            return false;
        }
        // York stands in New York at least half the times the corpus writes it.
        String before = FullNames.pairNeighbour(doc, i - 1, -1);
        return before == null || !lexicon.isCommonWord(before)
                || 2 * profile.pairOccurrences(before, left)
                        < lexicon.corpus().occurrences(left);
    }

    /**
     * {@code Workers' Union}: the capitalised plural possessive before the word, which names of
     * bodies use ({@code Critics' Circle}); null when there is none.
     */
    private static String pluralOwner(DocumentWords doc, int i) {
        if (i == 0) {
            return null;
        }
        Token owner = doc.tokens().get(i - 1);
        int start = doc.tokens().get(i).start();
        String between = doc.text().substring(owner.end(), start);
        String base = doc.base(i - 1);
        return (between.equals("' ") || between.equals("\u2019 ")) && base.endsWith("s")
                && WordForm.isCapitalized(base) ? base : null;
    }

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
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.isCommonWord(word) && !lexicon.isPersonalName(word)
                && lexicon.frequency(lower) >= t.commonFrequency();
    }
}
