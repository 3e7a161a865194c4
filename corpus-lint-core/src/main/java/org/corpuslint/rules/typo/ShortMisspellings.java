package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corpuslint.model.Severity;

/**
 * A short lower-case word no dictionary knows, whose readings one slip away are several or none
 * ({@code fich}: fish or rich; {@code chac}: chat, or chance two edits away): too short to fix,
 * yet in plain English prose a misspelling all the same, reported as a warning without a fix
 * that names the likeliest readings.
 *
 * <p>Short words of news text that are not slips have shapes of their own, and those stay quiet:
 * an abbreviation has no vowel ({@code bpd}, {@code ntl}) or is the lower case of one the corpus
 * writes in capitals ({@code tbwa}); the plural of a three-letter clipping ({@code sims}) is as
 * uncertain as its stem; text-speak and foreign words come with other non-words beside them
 * ({@code spoke to trev. think tbwa shd}); a word the corpus writes again is its own. Words of
 * three letters are left to {@link ShortSlipsInPlace}: among them abbreviations with vowels and
 * foreign particles ({@code cel}, {@code auf}) are as common as slips.
 */
final class ShortMisspellings {

    /** A stem this short before a plural s is an abbreviation or a clipping (sim, mic, pec). */
    private static final int CLIPPED_STEM = 3;

    private final Lexicon lexicon;
    private final TypoThresholds t;

    ShortMisspellings(Lexicon lexicon, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.t = thresholds;
    }

    /**
     * The warning for lower-case {@code word}, token {@code i} of {@code doc} (at
     * {@code start}..{@code end}), which no single reading explains; {@code readings} are the
     * likeliest first, possibly none.
     */
    Optional<TypoFinding> warning(DocumentWords doc, int i, int start, int end, String word,
            List<String> readings) {
        if (!isMisspelling(doc, i, start, end, word)) {
            return Optional.empty();
        }
        List<String> hint = readings.isEmpty() ? lexicon.nearestCommonWords(word)
                : readings.subList(0, Math.min(2, readings.size()));
        if (hint.isEmpty()) {
            return Optional.empty(); // no common word within reach: nothing says it is English
        }
        return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + word
                + "' is not in the dictionary, and too short to tell which word was meant;"
                + " perhaps '" + String.join("' or '", hint) + "'?"));
    }

    private boolean isMisspelling(DocumentWords doc, int i, int start, int end, String word) {
        return word.length() >= t.minLowerCaseLength() && word.length() <= t.shortWord()
                && word.chars().allMatch(c -> c >= 'a' && c <= 'z') && hasVowel(word)
                && !hyphenated(doc.text(), start, end)
                && writtenOnlyHere(word) && !clippedPlural(word)
                && !NonWordRuns.besideAnother(doc, i, lexicon);
    }

    /** Once in the corpus, and never with a capital: not a name or an acronym in lower case. */
    private boolean writtenOnlyHere(String word) {
        CorpusWords corpus = lexicon.corpus();
        return corpus.occurrences(word) <= 1
                && corpus.occurrences(WordForm.capitalize(word)) == 0
                && corpus.occurrences(word.toUpperCase(Locale.ROOT)) == 0;
    }

    private static boolean hasVowel(String word) {
        return word.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static boolean clippedPlural(String word) {
        return word.length() == CLIPPED_STEM + 1 && word.endsWith("s");
    }

    /** A part of a hyphenated word ({@code nano-}) is not judged alone. */
    private static boolean hyphenated(String text, int start, int end) {
        return (start > 0 && text.charAt(start - 1) == '-')
                || (end < text.length() && text.charAt(end) == '-');
    }
}
