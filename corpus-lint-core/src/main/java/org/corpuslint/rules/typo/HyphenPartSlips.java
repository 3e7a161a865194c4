package org.corpuslint.rules.typo;

import java.util.Locale;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.text.Token;

/**
 * A slip of the keys inside one part of a hyphenated word: {@code London-baed} for
 * {@code London-based}, {@code Blu-raay} for {@code Blu-ray}. A short part of a hyphenated
 * word is otherwise never judged ({@code co-}, {@code Jong-un}), so this class judges only a
 * part that reads like a slipped common word:
 * <ul>
 * <li>it is lower case (names and transliterations, {@code Al-Qaeda}, {@code Abdel-Rahman},
 * stay quiet) and at least {@value #MIN_LENGTH} letters long (prefixes {@code co-},
 * {@code re-}, {@code pre-} stay quiet);</li>
 * <li>no dictionary knows it nor the whole word, and the corpus writes it once: a coinage
 * the corpus repeats is meant;</li>
 * <li>one typing slip (a letter doubled, lost, two letters swapped or a neighbouring key),
 * never on its first letter and not a vowel for a vowel, turns it into a dictionary word the
 * corpus uses at least {@value TypoEvidence#WEAK_USES} times; the most used such word is the
 * fix.</li>
 * </ul>
 */
final class HyphenPartSlips {

    static final int MIN_LENGTH = 4;

    private final Lexicon lexicon;

    HyphenPartSlips(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A finding for the part {@code token} (already known to be in a hyphenated word). */
    Optional<TypoFinding> find(String text, Token token, String part) {
        if (part.length() < MIN_LENGTH || WordForm.tooLong(part)
                || !part.equals(part.toLowerCase(Locale.ROOT))
                || lexicon.corpus().occurrences(part) > 1) {
            return Optional.empty();
        }
        String compound = TokenContext.hyphenCompound(text, token);
        String whole = WordForm.base(compound);
        if (WordForm.tooLong(whole) || lexicon.isKnown(whole)
                || lexicon.isKnown(whole.replace("-", ""))) {
            return Optional.empty(); // co-ordinated: a known word, whatever its parts
        }
        String best = null;
        long bestUses = 0;
        for (String candidate : EditDistance.variantsOf(part)) {
            if (candidate.length() < 3 || !typingSlip(part, candidate)
                    || !lexicon.isKnown(candidate)) {
                continue;
            }
            long uses = lexicon.corpus().occurrences(candidate);
            if (uses >= TypoEvidence.WEAK_USES && uses > bestUses) {
                best = candidate;
                bestUses = uses;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int start = compoundStart(text, token, compound);
        if (start < 0 || start > token.start()) {
            return Optional.empty(); // the compound is not where the part stands
        }
        int at = token.start() - start;
        String fixed = compound.substring(0, at) + best + compound.substring(at + part.length());
        int end = token.start() + part.length();
        TypoEvidence evidence = TypoEvidence.of(TypoEvidence.Kind.WORD, bestUses, 1);
        return Optional.of(new TypoFinding(token.start(), end, Severity.ERROR,
                "'" + part + "' in '" + compound + "' is close to '" + best + "' ('" + fixed
                        + "'), used " + bestUses + " times in the corpus",
                best, true, evidence));
    }

    /**
     * One slip of the keys, and not on the first letter, which typists rarely miss. A vowel
     * written for another vowel ({@code kung-fu} beside {@code king}) is how a borrowed or
     * transliterated word differs from an English one, not a sign of a slip.
     */
    private static boolean typingSlip(String written, String intended) {
        int p = EditDistance.firstDifference(written, intended);
        if (p == 0 || written.equals(intended)) {
            return false; // a swap of two like letters gives the part itself back
        }
        return !NameSlipShapes.vowelForVowel(written, intended)
                && EditDistance.kind(written, intended) != EditDistance.Kind.OTHER;
    }

    private static int compoundStart(String text, Token token, String compound) {
        int from = Math.max(0, token.end() - compound.length());
        return text.indexOf(compound, from);
    }
}
