package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.NameSlipShapes.firstLetterEdit;

import org.corpuslint.profile.CorpusProfile;

/**
 * A slip of a name the corpus attests: beside the same neighbour as one name, in the same
 * document as often as the written form, or far more often in the corpus than the written form
 * (for a long name, a name alone, a name every dictionary knows). Where the candidate is used
 * as rarely as the written form, the corpus cannot say which is right; that is left to the
 * other judges.
 */
final class AttestedNameSlips {

    private final Lexicon lexicon;
    private final CorpusProfile profile;
    private final TypoThresholds t;
    private final FullNames fullNames;
    private final NamesOfTheCorpus names;
    private final CutNameSlips cuts;

    AttestedNameSlips(Lexicon lexicon, CorpusProfile profile, TypoThresholds thresholds,
            FullNames fullNames, NamesOfTheCorpus names, CutNameSlips cuts) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.t = thresholds;
        this.fullNames = fullNames;
        this.names = names;
        this.cuts = cuts;
    }

    /** The corpus's evidence that {@code word} is a slip of candidate {@code c}, or null. */
    NameEvidence evidence(DocumentWords doc, String word, Candidate c, String left,
            String right, long written) {
        String name = c.word();
        NameEvidence pair = NameEvidence.besideNeighbour(profile, c, left, right);
        if (pair != null) {
            return pair;
        }
        if (!c.known() && c.corpusOccurrences() < 2) {
            return null; // a single unknown occurrence only supports a multi-word name
        }
        int inDocument = doc.count(name);
        if (inDocument > 0 && inDocument >= doc.count(word) && !fullNames.anotherPerson(doc,
                word, name, fullNames.person(left), fullNames.person(right))) {
            return new NameEvidence(c, 2, "used " + UnknownWords.times(inDocument)
                    + " in this document and " + UnknownWords.times(c.corpusOccurrences())
                    + " in the corpus");
        }
        boolean lone = word.length() >= t.minLoneNameLength() && c.strongSlip()
                && !lexicon.isCommonWord(name) && c.corpusOccurrences()
                        >= (word.length() >= t.longName() ? t.nameSlipRatio() : t.dominanceRatio()) * written;
        boolean familiar = word.length() >= t.minFamiliarNameLength() && c.typingSlip()
                && c.corpusOccurrences() >= t.familiarRatio() * written
                && (!lexicon.isPersonalName(name) || fullNames.fitsPosition(name,
                        fullNames.person(left), fullNames.person(right)));
        boolean dominant = left == null && right == null && c.typingSlip()
                && c.corpusOccurrences() >= t.dominantRatio() * written
                && !firstLetterEdit(word, name) && names.isName(c);
        if (lone || familiar || dominant || lastLetterLost(word, c, left, right, written)
                || consonantLostAlone(word, c, left, right, written)
                || standaloneDictionaryName(word, c, left, right, written)
                || cuts.cutCapitalisedWord(word, c, left, right, written)) {
            return new NameEvidence(c, 1, "used " + UnknownWords.times(c.corpusOccurrences())
                    + " in the corpus");
        }
        return null;
    }

    /**
     * {@code the Dail Telegraph}, {@code Sydne Harbour}: a name of the corpus with its last
     * letter lost, written only here and on no name list, the full name used
     * {@code dominanceRatio} times as often. A real name is seldom another name less its last
     * letter unless a list has it ({@code Marti}, {@code Carme}). A neighbour that is a common
     * word ({@code Harbour}, {@code Telegraph}) names a place or a paper with it; a neighbour
     * that is no common word is a name, and the cut form beside it may be a name of its own
     * ({@code Parliamen Zorbak}).
     */
    private boolean lastLetterLost(String word, Candidate c, String left, String right,
            long written) {
        String name = c.word();
        return written == 1 && name.length() == word.length() + 1 && name.startsWith(word)
                && (left == null || lexicon.isCommonWord(left))
                && (right == null || lexicon.isCommonWord(right))
                && word.length() >= t.minNameLength()
                && c.corpusOccurrences() >= (long) t.dominanceRatio() * written
                && !lexicon.isPersonalName(word) && names.isName(c);
    }

    /**
     * {@code Nadaq} alone for {@code Nasdaq}: a name of the corpus with a consonant lost inside
     * it (not its first or last letter), standing alone, written once and on no name list, the
     * full name used {@code dominanceRatio} times as often. A vowel lost leaves what still
     * reads as a name of its own ({@code Kanu} beside {@code Keanu}, {@code Tyota}); a consonant
     * lost, from a name the corpus writes five times as often, is a slip far more often than
     * another name, whose short forms ({@code Jonson}, {@code Tomson}) the lists hold.
     */
    private boolean consonantLostAlone(String word, Candidate c, String left, String right,
            long written) {
        String name = c.word();
        if (left != null || right != null || written != 1 || c.kind() != EditDistance.Kind.OMISSION
                || name.length() != word.length() + 1 || word.length() < t.minNameLength() + 1
                || lexicon.isPersonalName(word) || !names.isName(c)) {
            return false;
        }
        int p = EditDistance.firstDifference(word, name);
        return p > 0 && p < word.length()
                && !NameSlipShapes.isVowel(Character.toLowerCase(name.charAt(p)))
                && c.corpusOccurrences() >= (long) t.dominanceRatio() * written;
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
                        || !NameSlipShapes.pronounceableVowelSlip(word, c.word())
                        || NameSlipShapes.lastLetterCut(word, c.word()))
                && ((c.known() && (lexicon.isKnownName(c.word()) || names.corpusName(c.word())))
                        || lexicon.isPersonalName(c.word()))
                && (c.corpusOccurrences() >= t.dictionaryNameOccurrences()
                        || (word.length() >= t.longName() && lexicon.isKnownName(c.word())));
    }
}
