package org.corpuslint.rules.typo;

import java.util.Locale;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.text.Token;

/**
 * A slip of the keys inside one part of a hyphenated word: {@code London-baed} for
 * {@code London-based}, {@code Blu-raay} for {@code Blu-ray}, {@code Unde-21} for
 * {@code Under-21}. A short part of a hyphenated word is otherwise never judged ({@code co-},
 * {@code Jong-un}), so this class judges only a part that reads like a slipped common word:
 * <ul>
 * <li>it is lower case (names and transliterations, {@code Al-Qaeda}, {@code Abdel-Rahman},
 * stay quiet), or capitalised beside parts that are all numbers or lower case and on no name
 * list (then the word meant is the capitalised form the corpus writes), and at least
 * {@value #MIN_LENGTH} letters long (prefixes {@code co-}, {@code re-}, {@code pre-} stay
 * quiet);</li>
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
        // A capitalised part (Unde-21) is judged as its lower-case word when no name list has
        // it; the word meant is then the capitalised form the corpus writes.
        boolean capitalised = WordForm.isCapitalized(part) && part.length() > 1
                && WordForm.isLowerCase(part.substring(1));
        if (part.length() < MIN_LENGTH || WordForm.tooLong(part)
                || !(capitalised || part.equals(part.toLowerCase(Locale.ROOT)))
                || (capitalised && lexicon.isPersonalName(part))
                || lexicon.corpus().occurrences(part) > 1) {
            return Optional.empty();
        }
        String written = capitalised ? WordForm.decapitalize(part) : part;
        String compound = TokenContext.hyphenCompound(text, token);
        String whole = WordForm.base(compound);
        // A number part (Under-21) makes any whole "known": the words alone decide.
        if (WordForm.tooLong(whole) || (!WordForm.hasDigit(whole) && (lexicon.isKnown(whole)
                || lexicon.isKnown(whole.replace("-", ""))))) {
            return Optional.empty(); // co-ordinated: a known word, whatever its parts
        }
        if (capitalised && !restIsPlain(whole, part)) {
            return Optional.empty(); // Suba-Luhais: a capitalised part beside another is a name's
        }
        String best = null;
        long bestUses = 0;
        for (String candidate : EditDistance.variantsOf(written)) {
            if (candidate.length() < 3 || !typingSlip(written, candidate)
                    || !lexicon.isKnown(candidate)) {
                continue;
            }
            String meant = capitalised ? WordForm.capitalize(candidate) : candidate;
            long uses = lexicon.corpus().occurrences(meant);
            if (uses >= TypoEvidence.WEAK_USES && uses > bestUses) {
                best = meant;
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

    /**
     * Whether every part of {@code whole} but {@code part} is a number or lower case: a
     * capitalised part beside a number ({@code Under-21}) or a word ({@code Anti-war}) names a
     * class or starts a sentence, while beside another capitalised part it is a name's
     * ({@code Suba-Luhais}, {@code Al-Qaeda}).
     */
    private static boolean restIsPlain(String whole, String part) {
        boolean skipped = false;
        for (String piece : whole.split("-")) {
            if (!skipped && piece.equals(part)) {
                skipped = true;
            } else if (!piece.chars().allMatch(Character::isDigit)
                    && !piece.equals(piece.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return skipped;
    }

    private static int compoundStart(String text, Token token, String compound) {
        int from = Math.max(0, token.end() - compound.length());
        return text.indexOf(compound, from);
    }
}
