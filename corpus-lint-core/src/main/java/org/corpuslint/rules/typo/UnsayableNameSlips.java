package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.NameSlipShapes.firstLetterEdit;
import static org.corpuslint.rules.typo.NameSlipShapes.isVowel;

import java.util.Locale;

/**
 * Slips a name's own spelling would not make, read from the letters of the written form: a run
 * of letters hardly any word or name has ({@code Russrll}), a name's last key struck beside the
 * right one into a cluster no name ends with ({@code Lawrencr}), a key struck twice where no
 * name doubles it ({@code Stevve}). Unknown real names read like words; these forms do not, so
 * the letters alone, with the meant name used in the corpus, make the finding.
 */
final class UnsayableNameSlips {

    private final Lexicon lexicon;
    private final TypoThresholds t;
    private final NamesOfTheCorpus names;

    UnsayableNameSlips(Lexicon lexicon, TypoThresholds thresholds, NamesOfTheCorpus names) {
        this.lexicon = lexicon;
        this.t = thresholds;
        this.names = names;
    }

    /**
     * {@code Lawrencr} for {@code Lawrence}: the last letter of a given name or surname on the
     * lists struck on a neighbouring key, leaving two consonants at the end. Names end in
     * clusters of their own ({@code Blinkx}), so the ending must also be one hardly any word or
     * name has ({@link #rareLetters}), and the written form on no list.
     */
    boolean lastKeyOfPersonalName(String word, Candidate c) {
        int n = word.length();
        return c.kind() == EditDistance.Kind.NEIGHBOUR_KEY && c.word().length() == n
                && n >= t.minFamiliarNameLength()
                && c.word().regionMatches(0, word, 0, n - 1)
                && !isVowel(Character.toLowerCase(word.charAt(n - 1)))
                && !isVowel(Character.toLowerCase(word.charAt(n - 2)))
                && PersonalNames.contains(c.word()) && !lexicon.isPersonalName(word);
    }

    /**
     * {@code Prter} for {@code Peter}, {@code Russrll} for {@code Russell}: one edit from a word
     * the corpus uses, that makes a run of letters almost no English word or name has, so it
     * cannot be a name of its own, even beside another name. Returns that run of letters, or
     * null when the slip reads like a word.
     */
    String rareLetters(String word, Candidate c, long written) {
        // A dictionary word needs no more evidence than that it is used; another needs two uses.
        if (c.distance() != 1 || word.indexOf('\'') >= 0 || WordForm.isAcronymPlural(word)
                || c.corpusOccurrences() < written
                || c.corpusOccurrences() < (c.known() ? 1 : t.unreadableMinUses())
                || lexicon.isPersonalName(word)
                || !(names.isName(c) || lexicon.corpus().occurrences(
                        c.word().toLowerCase(Locale.ROOT)) == 0)) {
            return null;
        }
        LetterTrigrams.Introduced rarest = lexicon.rarestIntroducedTrigram(word, c.word());
        return rarest != null && rarest.words() <= t.rareTrigram() ? rarest.letters() : null;
    }

    /**
     * {@code Wbite}, {@code Pxrliament}, {@code Fgeeman}: a slip on the second letter that makes
     * a pair no English word begins with, on a name or capitalised word the corpus uses several
     * times more, while no name list has the written form. A name of its own begins as words do,
     * or, spelt from another language ({@code Mbeki}), is written more than once or so by the
     * lists; a struck key anywhere (not only beside the right one) leaves such a start. A
     * letter added, not struck for another, is how names spelt from other languages begin
     * ({@code Nzame} beside {@code Name}, {@code Mbaye}), so the letter must take the place of
     * the meant word's own; and a start some listed name has ({@code Hwang}, {@code Djamel}) is
     * no evidence. Returns the pair, or null.
     */
    String onsetNoWordHas(String word, Candidate c, long written) {
        String w = word.toLowerCase(Locale.ROOT);
        String meant = c.word().toLowerCase(Locale.ROOT);
        // The second letter lost joins the first to the third (Tday for Today): a start of no
        // word, as a letter struck in its place leaves, and no letter added to make it.
        boolean secondLost = c.kind() == EditDistance.Kind.OMISSION
                && meant.length() == w.length() + 1 && EditDistance.firstDifference(w, meant) == 1;
        if (c.distance() != 1 || written > 1 || w.length() < t.minNameLength()
                || (meant.length() != w.length() && !secondLost)
                || !WordForm.isLowerCase(word.substring(1))
                || lexicon.isPersonalName(word) || firstLetterEdit(word, c.word())
                || c.corpusOccurrences() < t.nameSlipUses()
                || c.corpusOccurrences() < t.nameSlipRatio() * written) {
            return null;
        }
        String onset = w.substring(0, 2);
        if (onset.charAt(1) < 'a' || onset.charAt(1) > 'z' || onset.equals(meant.substring(0, 2))
                || lexicon.beginsDictionaryWord(onset) || PersonalNames.beginsAName(onset)
                || !lexicon.beginsDictionaryWord(meant.substring(0, 2))) {
            return null;
        }
        // The start shows a slip, not which: another slip of the keys on a word the corpus uses
        // more is the likelier reading (Jpan: Japan, not Jean).
        for (Candidate other : lexicon.candidates(word, false)) {
            if (other != c && other.typingSlip()
                    && other.corpusOccurrences() > c.corpusOccurrences()) {
                return null;
            }
        }
        return onset;
    }

    /**
     * {@code Collegee}, {@code Streeets}, {@code Stevve}: a key struck twice where no name
     * doubles it (at the end of the word, a third time, or a letter English never doubles),
     * on a name or capitalised word the corpus uses several times more, while no name list has
     * the written form. Names double letters of their own ({@code Phillip}, {@code Mann}); those
     * are on the lists.
     */
    boolean keyStruckTwice(String word, Candidate c, long written) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = w.length();
        if (c.kind() != EditDistance.Kind.DOUBLING || c.word().length() != n - 1
                || n < t.minNameLength() + 1 || lexicon.corpus().occurrences(word) > 1
                || !WordForm.isLowerCase(word.substring(1)) || lexicon.isPersonalName(word)
                || firstLetterEdit(word, c.word())
                || c.corpusOccurrences() < t.nameSlipUses()
                || c.corpusOccurrences() < t.nameSlipRatio() * written) {
            return false;
        }
        return NameSlipShapes.doubledUnlikeAName(w);
    }
}
