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
