package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.NameSlipShapes.firstLetterEdit;

import java.util.Locale;

/**
 * Slips inside the names of people: a given name or surname of the lists, one slip of the keys
 * away, in the place of a full name that asks for that kind of name, or a surname after a title
 * of address that the article writes so elsewhere. The written form is on no list: foreign
 * spellings of a name ({@code Patrik}) are, and stay quiet.
 */
final class PersonalNameSlips {

    private final Lexicon lexicon;
    private final TypoThresholds t;
    private final FullNames fullNames;

    PersonalNameSlips(Lexicon lexicon, TypoThresholds thresholds, FullNames fullNames) {
        this.lexicon = lexicon;
        this.t = thresholds;
        this.fullNames = fullNames;
    }

    /**
     * {@code Ms Deahs} in an article that writes {@code Ms Deans}: after a title of address the
     * word is a surname, and a slip of the keys on a capitalised word the article uses after
     * such a title is a slip of that surname, though the dictionary knows it as a common word.
     */
    boolean surnameOfTheArticle(DocumentWords doc, int i, String word, Candidate c) {
        if (!FullNames.addressed(doc, i) || !c.typingSlip()
                || firstLetterEdit(word, c.word()) || !WordForm.isCapitalized(c.word())) {
            return false;
        }
        for (int k = 1; k < doc.tokens().size(); k++) {
            if (doc.base(k).equals(c.word()) && FullNames.addressed(doc, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Perer Jackson} for {@code Peter}: one slip of the keys from a given name or surname
     * the corpus uses several times more, while no name list has the written form. Foreign
     * spellings of a name ({@code Patrik}, {@code Elene}) are on the lists and stay quiet.
     */
    boolean slipOfPersonalName(String word, Candidate c, long written, String left,
            String right) {
        // Spelled so twice in an article, or with capitals inside (DfES), it is meant that way.
        if (!c.typingSlip() || lexicon.corpus().occurrences(word) != 1
                || !WordForm.isLowerCase(word.substring(1))
                || firstLetterEdit(word, c.word()) || lexicon.isPersonalName(word)) {
            return false;
        }
        // A vowel changed or a letter added that still reads as a name (Kanu for Keanu,
        // Carthy for Cathy) is as often another name; a long word rarely gains a letter and
        // stays a name, nor loses a vowel: a long name's variants without one vowel
        // (Cathrine beside Catherine) are on the lists when they are names.
        boolean strong = c.strongSlip();
        boolean longNameLosesVowel = c.kind() == EditDistance.Kind.OMISSION
                && word.length() >= t.longName();
        if (!strong && ((NameSlipShapes.pronounceableVowelSlip(word, c.word())
                        && !longNameLosesVowel)
                || (word.length() == c.word().length() + 1 && word.length() < t.longName()))) {
            return false;
        }
        // Two letters swapped or doubled are slips wherever they stand; a subtler change must
        // also suit the place in a full name.
        boolean usedMore = c.corpusOccurrences() >= t.nameSlipUses()
                && c.corpusOccurrences() >= t.nameSlipRatio() * written
                && (strong || fullNames.fitsPosition(c.word(), left, right))
                && lexicon.frequency(c.word().toLowerCase(Locale.ROOT)) < t.commonFrequency();
        // A name the dictionary knows (Caroline, Panasonic) needs only to be used as well.
        boolean dictionaryName = lexicon.isKnownName(c.word())
                && word.length() >= (strong ? t.minNameLength() : t.shortWord())
                && c.corpusOccurrences() >= written
                && (strong || fullNames.fitsFullName(c.word(), left, right));
        return usedMore || dictionaryName;
    }

    /**
     * {@code Goron Freeman}, {@code Sir John Stevebs}: a key next to the right one struck, or a
     * letter left out, in a word after a given name or before a surname of the lists, when the
     * meant name is on the lists too and is the kind of name its place asks for. The name's
     * other word says a person is named; a slip of the keys on a name the corpus writes far more
     * often ({@link #slipOfPersonalName}), the written form on no list, says which person.
     */
    boolean keySlipInFullName(String word, Candidate c, long written, String left,
            String right) {
        // A vowel lost or changed is judged by slipOfPersonalName: it often reads as a name.
        boolean keySlip = c.kind() == EditDistance.Kind.NEIGHBOUR_KEY
                || c.kind() == EditDistance.Kind.OMISSION;
        // John, Bob, Freeman: names that are also common words still name a person here.
        // A given name stands before the word, a surname after it; a word of two letters
        // before a name is as often a particle or article (Le Matin, De Villiers) as a name.
        String l = left != null && left.length() > 2 && !WordForm.isAllCaps(left)
                && PersonalNames.isGivenName(left) ? left : null;
        String r = right != null && !WordForm.isAllCaps(right) && (PersonalNames.isSurname(right)
                || fullNames.unlistedSurname(right) || rareWordWrittenAsName(right)) ? right : null;
        return keySlip && (l != null || r != null) && word.length() > t.minNameLength()
                && c.corpusOccurrences() >= t.nameSlipUses()
                && c.corpusOccurrences() >= t.nameSlipRatio() * written
                && (PersonalNames.contains(c.word()) || unlistedSurnameStruck(word, c, l, r))
                && fullNames.fitsPosition(c.word(), l, r);
    }

    /**
     * {@code Deacon}, {@code Woodman}: a rare word of English (under LanguageTool's
     * {@code commonFrequency}) that the corpus writes with a capital more often than without is
     * used there as a surname, though the dictionary knows it in lower case. A common word
     * after a name ({@code Bridge}, {@code Street}) names a place, and the corpus writes it in
     * lower case too; a word the lists give as a given name is not read as a surname here.
     */
    private boolean rareWordWrittenAsName(String right) {
        String lower = right.toLowerCase(Locale.ROOT);
        return right.length() > 2 && WordForm.isLowerCase(right.substring(1))
                && !PersonalNames.isGivenName(right) && lexicon.isKnown(lower)
                && lexicon.frequency(lower) < t.commonFrequency()
                && lexicon.corpus().occurrences(right) > lexicon.corpus().occurrences(lower);
    }

    /**
     * {@code Joaquin Aljunia} for {@code Almunia}: after a given name of the lists, a surname
     * no list has, with a consonant struck for the one beside it on the keyboard. The lists
     * lack most surnames, so the given name says the place is a surname's; a vowel for a vowel
     * ({@code Lind}, {@code Lund}) or a letter lost or doubled ({@code Thomson},
     * {@code Russel}) makes real surnames of one another, a consonant's neighbour rarely does.
     */
    private boolean unlistedSurnameStruck(String word, Candidate c, String l, String r) {
        return l != null && r == null && c.kind() == EditDistance.Kind.NEIGHBOUR_KEY
                && NameSlipShapes.consonantForConsonant(word, c.word())
                && fullNames.unlistedSurname(c.word());
    }
}
