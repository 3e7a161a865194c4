package org.corpuslint.rules.typo;

import java.util.Set;

/**
 * Where a capitalised word stands in a person's full name: the neighbours that can be part of
 * it, the kind of name its place asks for (a given name before a surname, a surname after a
 * given name or a title of address), and whether the article gives the meant name to another
 * person. A slip of a person's name must suit its place; a name that does not is another name.
 */
final class FullNames {

    /** Titles of address, which a surname follows. */
    private static final Set<String> ADDRESS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof");

    private final Lexicon lexicon;

    FullNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The word stands after a title of address ({@code Mr}, {@code Dr}): a surname. */
    static boolean addressed(DocumentWords doc, int i) {
        String before = doc.neighbour(i, -1);
        return before != null && ADDRESS.contains(before);
    }

    /** A capitalised neighbour that can form a multi-word name with the word: not Mr or The. */
    static String pairNeighbour(DocumentWords doc, int i, int direction) {
        String n = doc.neighbour(i, direction);
        return n != null && WordForm.isCapitalized(n) && !FunctionWords.contains(n)
                && !RealWordSlips.isTitle(n) ? n : null;
    }

    /**
     * The neighbour if it can be part of a person's name: not an acronym ({@code GMTV}) or a
     * common word ({@code Actor}); else null.
     */
    String person(String neighbour) {
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

    /**
     * {@code Kenyon}, {@code Beattie}: after a word, a capitalised word that is no common word
     * and no given name of the lists is the surname of a full name, though the short lists of
     * surnames lack most surnames. A dictionary name there too ({@code Presley}): names that
     * describe a person (a nationality, a party) stand before the name, not after it.
     */
    boolean unlistedSurname(String right) {
        return right.length() > 2 && !WordForm.isAllCaps(right)
                && !lexicon.isCommonWord(right) && !PersonalNames.isGivenName(right);
    }

    /**
     * True when {@code name} is a name people have, of the kind its place asks for: before a
     * surname a given name (Peter Jackson), after a given name a surname; either when alone.
     * {@code Pernod Ricard} is no slip for the given name {@code Richard}.
     */
    boolean fitsPosition(String name, String left, String right) {
        if (left != null && right == null) {
            return PersonalNames.isSurname(name) || lexicon.isVocabularyName(name)
                    || unlistedSurname(name);
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
    boolean fitsFullName(String name, String left, String right) {
        if (lexicon.isPersonalName(name)) {
            return fitsPosition(name, left, right);
        }
        return left == null || !PersonalNames.isGivenName(left);
    }

    /**
     * True when {@code word} is part of a full name and every use of {@code name} in the document
     * has a different partner on the same side: {@code Patrik Berger} in an article that writes
     * {@code Patrick Vieira} is another player, not a slip.
     */
    boolean anotherPerson(DocumentWords doc, String word, String name, String left,
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
}
