package org.corpuslint.rules.typo;

/**
 * {@code Last month Marh agreed} in an article that writes {@code Marsh} again and again: a
 * word the article itself writes with a capital inside its sentences is a name there, though
 * the dictionary has it in lower case and the corpus rarely capitalises it. A slip of the keys
 * on it, written once in the corpus, is a slip of that name; the article's own uses, not the
 * corpus's, say which name is meant ({@code Marsh}, not the commoner {@code March}).
 */
final class NamesOfTheArticle {

    /** Uses inside sentences that make a name of the article: named again, not a headline's word. */
    private static final int ARTICLE_NAME_USES = 2;

    private NamesOfTheArticle() {
    }

    /**
     * True when {@code c} is a slip of the keys from {@code word}, first letter kept, the written
     * form used once in the corpus, and the article writes {@code c} capitalised inside its
     * sentences at least twice.
     */
    static boolean slipOfANameOfTheArticle(DocumentWords doc, String word, Candidate c,
            long written) {
        String name = c.word();
        if (written > 1 || !c.typingSlip() || !WordForm.isCapitalized(name)
                || WordForm.isAllCaps(name) || !WordForm.isLowerCase(word.substring(1))
                || NameSlipShapes.firstLetterEdit(word, name)) {
            return false;
        }
        return namedInsideSentences(doc, name);
    }

    /** True when the article writes {@code name} inside its sentences at least twice. */
    static boolean namedInsideSentences(DocumentWords doc, String name) {
        if (doc.count(name) < ARTICLE_NAME_USES) {
            return false;
        }
        int inside = 0;
        for (int k = 0; k < doc.tokens().size() && inside < ARTICLE_NAME_USES; k++) {
            if (doc.base(k).equals(name)
                    && !TokenContext.startsSentence(doc.text(), doc.tokens(), k)) {
                inside++;
            }
        }
        return inside >= ARTICLE_NAME_USES;
    }
}
