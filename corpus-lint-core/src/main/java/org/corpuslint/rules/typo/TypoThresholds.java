package org.corpuslint.rules.typo;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Every number the judgement of unknown words turns on, in one place so that the evaluation
 * harness can sweep them ({@link #with}); {@link #DEFAULTS} are the shipped values.
 *
 * @param consistentDocuments a word used in this many documents is the corpus's own vocabulary
 * @param consistentOccurrences ... or used this often
 * @param minLowerCaseLength shorter lower-case words are abbreviations and particles more often
 *     than typos
 * @param dominanceRatio a variant this many times more frequent is the intended spelling
 * @param minNameLength names shorter than this are too often other names (Benn, Ben)
 * @param minLoneNameLength a name seen nowhere else in its document must be this long to be
 *     judged on corpus counts alone
 * @param minFamiliarNameLength a name this long, with a variant {@code familiarRatio} times
 *     commoner, is a slip for that variant
 * @param familiarRatio see {@code minFamiliarNameLength}
 * @param dictionaryNameOccurrences a dictionary name this often in the corpus is familiar
 *     enough to correct a lone slip
 * @param longName ... unless the slip is this long: one use of a dictionary name suffices
 * @param nameOverWord a capitalised word written this many times more often than in lower case
 *     is a name
 * @param commonFrequency LanguageTool frequency class from which a word counts as common
 * @param everydayFrequency frequency class of words nearly every text uses (for, have, will)
 * @param confidentMargin how far the likeliest reading of a lower-case slip must lead the next
 * @param commonInCorpus a word used this often in the corpus is familiar to its writers
 * @param rareTrigram a trigram in at most this many dictionary and corpus words reads like no
 *     word
 * @param unreadableMinUses ... and the variant that explains it must be used this often
 * @param nameSlipUses a personal name used this often, and {@code nameSlipRatio} times more
 *     than a slip of it, is meant
 * @param nameSlipRatio see {@code nameSlipUses}
 * @param confidentNameUses from this many uses a name slip is corrected with confidence
 * @param dominantRatio a name this many times commoner than a lone word one slip from it is
 *     what was meant
 * @param shortWord unknown words this short are fixed only when one reading stands out; in
 *     plain prose they are otherwise a warning naming two readings ({@link ShortMisspellings})
 * @param nameWordUses a dictionary word the corpus capitalises this often is a word of names,
 *     which a slip inside a name was meant to be
 * @param minUnsuggestedLength a lower-case non-word this long with no close dictionary word is
 *     still reported, as a warning without a fix
 * @param recurringSlipRatio a lower-case word one slip from a common word the corpus writes
 *     this many times more often is the same slip made again, however many articles have it
 * @param capitalisedWordUses a common word the corpus writes with a capital this often is one
 *     of its words of names and titles, which a slip of the keys was meant to be
 * @param minCapitalisedSlipLength capitalised slips of common words shorter than this are too
 *     often names of their own
 * @param mangledWordFrequency a lower-case non-word two edits from a dictionary word of this
 *     LanguageTool frequency class, with the same first two letters, is that word mangled
 * @param placedSlipFrequency a three-letter non-word whose neighbours decide its part of
 *     speech is a slip for a word of this LanguageTool frequency class that fills the place
 * @param minMovedLetterLength a lower-case non-word this long may be a word with one letter
 *     moved two or more places
 * @param movedLetterUses a word the corpus uses this often (or the article uses) is what a
 *     non-word with one of its letters moved was meant to be
 * @param cutNameArticleUses a name the same article writes this often in full is what a form
 *     of it cut short by its last letter was meant to be
 * @param neighbourFitRatio a reading of a misspelling whose pairs with the words beside it
 *     fit this many times better than another's ({@link NeighbourPairs}) is preferred to it
 * @param neighbourPairUses ... when the corpus writes it beside those words this often
 */
public record TypoThresholds(int consistentDocuments, int consistentOccurrences,
        int minLowerCaseLength, int dominanceRatio, int minNameLength, int minLoneNameLength,
        int minFamiliarNameLength, int familiarRatio, int dictionaryNameOccurrences,
        int longName, int nameOverWord, int commonFrequency, int everydayFrequency,
        double confidentMargin, int commonInCorpus, int rareTrigram, int unreadableMinUses,
        int nameSlipUses, int nameSlipRatio, int confidentNameUses, int dominantRatio,
        int shortWord, int nameWordUses, int minUnsuggestedLength,
        int recurringSlipRatio, int capitalisedWordUses, int minCapitalisedSlipLength,
        int mangledWordFrequency, int placedSlipFrequency, int minMovedLetterLength,
        int movedLetterUses, int cutNameArticleUses, int neighbourFitRatio,
        int neighbourPairUses) {

    /** The shipped values. */
    public static final TypoThresholds DEFAULTS = new TypoThresholds(3, 3, 4, 5, 4, 7, 6, 30,
            3, 8, 4, 10, 16, 1.5, 10, 3, 2, 3, 3, 10, 25, 4, 2, 6, 20, 2, 5, 11, 12, 6, 2, 1,
            8, 3);

    /** The names of the thresholds, in declaration order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : TypoThresholds.class.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    /** A copy with threshold {@code name} set to {@code value} (rounded for whole numbers). */
    public TypoThresholds with(String name, double value) {
        RecordComponent[] components = TypoThresholds.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
                values[k] = components[k].getAccessor().invoke(this);
                if (components[k].getName().equals(name)) {
                    values[k] = types[k] == int.class ? (Object) (int) Math.round(value) : value;
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no threshold '" + name + "'; one of "
                        + names());
            }
            return TypoThresholds.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
