package org.corpuslint.rules.typo;

/**
 * A capitalised real word that is a name of the corpus with one letter lost, standing beside the
 * name's other word: "Las Vegs" where the corpus writes "Las Vegas" again and again, or "My Sumer
 * of Love" beside a film the corpus names "My Summer of Love". A letter left out is the commonest
 * slip of all, and when it happens to leave a dictionary word the speller cannot see it; the
 * name's other word, paired with the full name throughout the corpus and never with the slip,
 * says which was meant. {@link RealWordSlips} asks for the stronger slips of the keys otherwise
 * (two letters swapped, a neighbouring key), since a capitalised word one letter from a partner
 * of its neighbour is as often a name of its own; here the pair's repetition speaks instead. After
 * a title of address ({@code Mrs Quin}), the article's own use of the title with the full name
 * ({@code Mrs Quinn}) speaks.
 */
final class LostLetterInAName {

    /**
     * The corpus writes the full name beside this neighbour this often: a name in its own right,
     * not two words that met once or twice by chance.
     */
    static final int ATTESTED_PAIR_USES = 3;

    private LostLetterInAName() {}

    /**
     * Whether {@code word} is {@code name} with one letter left out (a doubled letter written
     * once counts), other than its first, and on no list of given names and surnames, which
     * would make it another person's name ({@code Davis} beside {@code David Davies}).
     */
    static boolean shape(String word, String name) {
        return lostOneLetter(word, name) && !PersonalNames.contains(word);
    }

    /** {@code word} is {@code name} with one letter left out, other than its first. */
    private static boolean lostOneLetter(String word, String name) {
        // EditDistance.kind names the first difference only: the rest must match too.
        if (word.length() + 1 != name.length() || EditDistance.firstDifference(word, name) == 0
                || EditDistance.distance(word, name, 1) != 1) {
            return false;
        }
        EditDistance.Kind kind = EditDistance.kind(word, name);
        return kind == EditDistance.Kind.OMISSION || kind == EditDistance.Kind.DOUBLING;
    }

    /**
     * The name the article gives after the title of address at {@code i - 1} ({@code Mrs
     * Quinn}) of which the word at {@code i} is a slip with a letter lost ({@code Mrs Quin}),
     * or null. The same title before both in one article names one person, so here a form on
     * the name lists is a slip too; the title's own pairs in the corpus are too many to search.
     */
    static String titledNameOfTheArticle(DocumentWords doc, int i, String word) {
        String title = doc.neighbour(i, -1);
        // The article's distinct words first: few are one letter longer than the word.
        for (int id = 0; id < doc.distinctWords(); id++) {
            String name = doc.word(id);
            if (name.length() == word.length() + 1 && lostOneLetter(word, name)
                    && writtenAfter(doc, id, title)) {
                return name;
            }
        }
        return null;
    }

    /** Whether the article writes its word {@code id} right after {@code title} somewhere. */
    private static boolean writtenAfter(DocumentWords doc, int id, String title) {
        for (int j = 1; j < doc.tokens().size(); j++) {
            if (doc.id(j) == id && title.equals(doc.neighbour(j, -1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code South Kora} where the corpus writes {@code South Korea}: beside a common word that
     * is nobody's name ({@code South}, {@code Royal}), the pair names a place or a body, not a
     * person, so a short form the lists give as a name ({@code Kora}) is no other person's
     * name there; the pair's repetition ({@link #slip}) still has to say which was meant.
     */
    static boolean shapeBesideAWord(String word, String name, String neighbour,
            boolean neighbourCommon) {
        return lostOneLetter(word, name) && (!PersonalNames.contains(word)
                || (neighbourCommon && !PersonalNames.contains(neighbour)));
    }

    /**
     * {@link #shape}, the slip written once in the corpus ({@code slipUses}; a second use would
     * be a spelling of its own), and the corpus writes the name beside the neighbour often
     * enough ({@code pairUses}).
     */
    static boolean slip(String word, String name, long slipUses, long pairUses) {
        return slipUses == 1 && pairUses >= ATTESTED_PAIR_USES && shape(word, name);
    }

    /** {@link #slip} with {@link #shapeBesideAWord} for the shape. */
    static boolean slipBesideAWord(String word, String name, String neighbour,
            boolean neighbourCommon, long slipUses, long pairUses) {
        return slipUses == 1 && pairUses >= ATTESTED_PAIR_USES
                && shapeBesideAWord(word, name, neighbour, neighbourCommon);
    }

    /**
     * A name in its own right ({@code nameInItsOwnRight}: the dictionary knows it only with a
     * capital) beside a given name or surname ({@code neighbour}) is another person's full name
     * ({@code John Huston} in a corpus that writes {@code John Houston}), however often the
     * corpus pairs the neighbour with the longer name: a given name has many surnames. A word
     * of grammar on the lists ({@code My}, a given name too) is read as the word.
     */
    static boolean anotherPerson(boolean nameInItsOwnRight, String neighbour) {
        return nameInItsOwnRight && PersonalNames.contains(neighbour)
                && !FunctionWords.contains(neighbour);
    }
}
