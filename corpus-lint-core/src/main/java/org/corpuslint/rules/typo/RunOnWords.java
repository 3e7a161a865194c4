package org.corpuslint.rules.typo;

import java.util.Optional;
import java.util.Set;

/** Two words typed without the space between them, one of them a function word: {@code thefirst}. */
final class RunOnWords {

    private static final int MIN_CONTENT_WORD = 3;
    /** Particles that legitimately fuse with words ({@code outturn}, {@code playoff}). */
    private static final Set<String> COMPOUNDING = Set.of("out", "over", "under", "up", "off",
            "in", "on", "by", "through", "down", "after", "away", "back");

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

    private static boolean fits(String head, String tail, Lexicon lexicon) {
        boolean headFunction = FunctionWords.contains(head) && (head.length() > 1 || head.equals("a"));
        boolean tailFunction = FunctionWords.contains(tail) && tail.length() > 1;
        if (headFunction && tailFunction) {
            return !head.equals(tail); // hehe, haha: laughter, not two words
        }
        if (headFunction && !COMPOUNDING.contains(head)) {
            return tail.length() >= MIN_CONTENT_WORD && lexicon.isKnown(tail);
        }
        if (tailFunction && !COMPOUNDING.contains(tail)) {
            return head.length() >= MIN_CONTENT_WORD && lexicon.isKnown(head);
        }
        return false;
    }
}
