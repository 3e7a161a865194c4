package org.corpuslint.rules.typo;

import java.util.Optional;
import java.util.Set;

/** Two words typed without the space between them, one of them a function word: {@code thefirst}. */
final class RunOnWords {

    private static final int MIN_CONTENT_WORD = 3;
    /** LanguageTool frequency class a three-letter content word needs (a common word). */
    private static final int MIN_SHORT_CONTENT_FREQUENCY = 10;
    /** Particles that legitimately fuse with words ({@code outturn}, {@code playoff}). */
    private static final Set<String> COMPOUNDING = Set.of("out", "over", "under", "up", "off",
            "in", "on", "by", "through", "down", "after", "away", "back");

    /** Function words that can end a clause ({@code tell them}, {@code do so}). */
    private static final Set<String> CLAUSE_FINAL = Set.of("it", "him", "her", "them", "me",
            "us", "you", "too", "so", "up", "out", "in", "on", "off", "all", "either", "there",
            "here", "now", "then", "again", "not", "yet", "one", "ones", "mine", "yours", "ours",
            "theirs", "hers", "his", "this", "that", "these", "those", "else", "more", "most");

    private RunOnWords() {}

    /** {@code the first} for {@code thefirst}, when exactly one such split exists. */
    static Optional<String> split(String word, Lexicon lexicon) {
        if (WordForm.tooLong(word)) {
            return Optional.empty();
        }
        String found = null;
        for (int cut = 1; cut < word.length(); cut++) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            if (fits(head, tail, lexicon)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = head + " " + tail;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * True when the split reads in its sentence: a tail that needs a word after it (an article,
     * a preposition, a verb such as {@code is}) must have one, so {@code pestis,} is no
     * {@code pest is,}.
     */
    static boolean fitsContext(String split, String text, int end) {
        String tail = split.substring(split.indexOf(' ') + 1);
        if (!FunctionWords.contains(tail) || CLAUSE_FINAL.contains(tail)) {
            return true;
        }
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isLetter(text.charAt(k));
    }

    private static boolean fits(String head, String tail, Lexicon lexicon) {
        if (head.equals("a") && "aei".indexOf(tail.charAt(0)) >= 0) {
            return false; // English writes an before a vowel: aadding is no a adding
        }
        boolean headFunction = FunctionWords.contains(head) && (head.length() > 1 || head.equals("a"));
        boolean tailFunction = FunctionWords.contains(tail) && tail.length() > 1;
        if (headFunction && tailFunction) {
            return !head.equals(tail); // hehe, haha: laughter, not two words
        }
        if (headFunction && !COMPOUNDING.contains(head)) {
            return contentWord(tail, lexicon);
        }
        if (tailFunction && !COMPOUNDING.contains(tail)) {
            return contentWord(head, lexicon);
        }
        return false;
    }

    /**
     * A known word long enough to stand beside a function word; one of three letters must be
     * common English, not an abbreviation or a fragment the dictionary lists ({@code extit} is
     * no {@code ext it}).
     */
    private static boolean contentWord(String part, Lexicon lexicon) {
        return part.length() >= MIN_CONTENT_WORD && lexicon.isKnown(part)
                && (part.length() > MIN_CONTENT_WORD
                        || lexicon.frequency(part) >= MIN_SHORT_CONTENT_FREQUENCY);
    }
}
