package org.corpuslint.rules.typo;

import org.corpuslint.profile.CorpusProfile;

/**
 * Names cut short by a letter: a full name whose longer word the corpus writes beside the same
 * neighbour ({@code Charle Kennedy}), a name the article itself writes in full
 * ({@link CutNamesOfTheArticle}), or a common word the corpus capitalises standing alone with
 * its last letter lost. A name one letter shorter than another is as often another form of it
 * ({@code Blair}, {@code Blairs}), so the candidates leave such cuts out and these readings
 * bring them back only with evidence of their own.
 */
final class CutNameSlips {

    private final Lexicon lexicon;
    private final CorpusProfile profile;
    private final TypoThresholds t;
    private final CutNamesOfTheArticle cutNames;

    CutNameSlips(Lexicon lexicon, CorpusProfile profile, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.t = thresholds;
        this.cutNames = new CutNamesOfTheArticle(lexicon, thresholds);
    }

    /**
     * {@code Charle Kennedy} for {@code Charles Kennedy}: a letter lost at the end is usually
     * another form of a name ({@code Blair}, {@code Blairs}) and not a candidate, unless the
     * longer name is attested beside the same neighbour.
     */
    NameEvidence extendedName(String word, String left, String right) {
        if (left == null && right == null) {
            return null;
        }
        NameEvidence best = null;
        for (String v : lexicon.attestedVariants(word)) {
            if (v.length() != word.length() + 1 || !Lexicon.extension(word, v)
                    || !WordForm.isCapitalized(v) || WordForm.isAllCaps(v)) {
                continue;
            }
            // Subaru Imprezas is a plural; only before a surname is an added s a lost letter.
            Candidate c = new Candidate(v, lexicon.corpus().occurrences(v), lexicon.isKnown(v), 1,
                    EditDistance.Kind.OMISSION);
            best = NameEvidence.stronger(best, NameEvidence.besideNeighbour(profile, c,
                    v.endsWith("s") ? null : left, right));
        }
        return best;
    }

    /** {@code Googl} in an article that writes {@code Google} ({@link CutNamesOfTheArticle}). */
    NameEvidence cutOfTheArticle(DocumentWords doc, int i, String word, long written) {
        Candidate c = cutNames.fullName(doc, i, word, written);
        return c == null ? null : new NameEvidence(c, 2, "used "
                + UnknownWords.times(doc.count(c.word())) + " in this document and "
                + UnknownWords.times(c.corpusOccurrences()) + " in the corpus; '" + word
                + "' is it cut short");
    }

    /**
     * {@code the Parliamen's request}: a common word the corpus often writes with a capital (a
     * body, an office), its last letter lost, standing alone: no name of its own, as the cut
     * form is used nowhere else and on no name list.
     */
    boolean cutCapitalisedWord(String word, Candidate c, String left, String right,
            long written) {
        return left == null && right == null && written == 1 && c.known()
                && lexicon.isCommonWord(c.word()) && WordForm.isCapitalized(c.word())
                && NameSlipShapes.lastLetterCut(word, c.word())
                && word.length() >= t.minFamiliarNameLength()
                && c.corpusOccurrences() >= t.commonInCorpus() && !lexicon.isPersonalName(word);
    }
}
