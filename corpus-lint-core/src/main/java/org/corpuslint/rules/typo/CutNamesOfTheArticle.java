package org.corpuslint.rules.typo;

/**
 * {@code Googl released}, {@code Suffolk Chie Constable}, {@code Mr Mille}: a name cut short by
 * its last letter in an article that writes the full name itself. Read alone, a name one letter
 * shorter than another is as often another form of it ({@code Blair}, {@code Blairs}) or a name
 * of its own ({@code Georgi}, {@code Sofi}), so the candidates leave such cuts out; but a writer
 * names the same person or body again, and the article's own spelling of the longer name says
 * which one was meant. The written form must be used once in the corpus, on no name list and
 * without capitals inside; an added {@code s} counts only for a surname ({@code Beatle} stays a
 * singular of {@code Beatles}). A short form on the name lists is another person's name
 * ({@code Danil} beside {@code Danila}) unless both stand after a title of address
 * ({@code Mr Mille} in an article about {@code Mr Miller}): one article rarely has two people
 * so addressed whose surnames differ by a last letter; or unless it stands alone, beside no
 * capitalised word, in an article that writes the full form inside its sentences twice or more
 * ({@link NamesOfTheArticle}): a lone word is no full name of another person.
 */
final class CutNamesOfTheArticle {

    private final Lexicon lexicon;
    private final TypoThresholds t;

    CutNamesOfTheArticle(Lexicon lexicon, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.t = thresholds;
    }

    /** The full name of the article that {@code word}, token {@code i}, cuts short, or null. */
    Candidate fullName(DocumentWords doc, int i, String word, long written) {
        if (written > 1 || word.length() < t.minNameLength() || word.indexOf('\'') >= 0
                || !WordForm.isLowerCase(word.substring(1))) {
            return null;
        }
        // A listed short form is a cut only after a title of address, or standing alone in an
        // article that names the full form again inside its sentences: beside another
        // capitalised word it is the full name of another person.
        boolean listed = lexicon.isPersonalName(word);
        boolean addressedSurname = listed && FullNames.addressed(doc, i);
        boolean alone = listed && !addressedSurname && FullNames.pairNeighbour(doc, i, -1) == null
                && FullNames.pairNeighbour(doc, i, 1) == null;
        if (listed && !addressedSurname && !alone) {
            return null;
        }
        Candidate best = null;
        int bestInArticle = 0;
        for (String full : lexicon.attestedVariants(word)) {
            if (!cutShort(word, full) || WordForm.isAllCaps(full)
                    || (full.endsWith("s") && !PersonalNames.isSurname(full))) {
                continue;
            }
            int inArticle = doc.count(full);
            if ((addressedSurname && !addressedInArticle(doc, full))
                    || (alone && !NamesOfTheArticle.namedInsideSentences(doc, full))) {
                continue;
            }
            if (inArticle >= t.cutNameArticleUses() && inArticle > bestInArticle) {
                bestInArticle = inArticle;
                best = new Candidate(full, lexicon.corpus().occurrences(full),
                        lexicon.isKnown(full), 1, EditDistance.Kind.OMISSION);
            }
        }
        return best;
    }

    private static boolean addressedInArticle(DocumentWords doc, String name) {
        for (int k = 1; k < doc.tokens().size(); k++) {
            if (doc.base(k).equals(name) && FullNames.addressed(doc, k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code full} is {@code word} with one more letter at the end, capitalised alike. */
    private static boolean cutShort(String word, String full) {
        return full.length() == word.length() + 1 && full.startsWith(word)
                && Character.isLetter(full.charAt(word.length()));
    }
}
