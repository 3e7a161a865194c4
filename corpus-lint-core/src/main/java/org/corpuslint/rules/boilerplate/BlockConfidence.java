package org.corpuslint.rules.boilerplate;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.FixConfidence;

/**
 * How sure the deletion of a boilerplate block is. Deleting lines can delete prose, so it is
 * never safe. It is likely when most of the block's lines are, each whole, a lexicon phrase
 * ({@code Share this article}, {@code Comments (12)}): then the words themselves say what the
 * line is. A block found mostly by its lines' recurrence across documents or by their shape
 * (short, unpunctuated, after the last paragraph) is unsure: a syndicated lead paragraph, a
 * credit line or a list recurs and looks like that too.
 */
final class BlockConfidence {

    private BlockConfidence() {}

    static FixConfidence of(Document document, Block block, PhraseMatcher matcher) {
        int lines = 0;
        int wholeLinePhrases = 0;
        for (int line = block.firstLine(); line <= block.lastLine(); line++) {
            String text = document.line(line);
            if (text.isBlank()) {
                continue;
            }
            lines++;
            if (isWholeLinePhrase(text, matcher)) {
                wholeLinePhrases++;
            }
        }
        return lines > 0 && 2 * wholeLinePhrases > lines ? FixConfidence.LIKELY
                : FixConfidence.UNSURE;
    }

    /** The line is a lexicon phrase and nothing else (numbers around it allowed). */
    static boolean isWholeLinePhrase(String line, PhraseMatcher matcher) {
        if (line.length() > LineScorer.MAX_CHROME_LENGTH) {
            return false;
        }
        List<String> words = LineWords.normalisedWords(line);
        for (PhraseMatcher.Match match : matcher.matches(words)) {
            if (match.phrase().anchor() == Phrase.Anchor.WHOLE_LINE
                    || onlyNumbersOutside(words, match)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyNumbersOutside(List<String> words, PhraseMatcher.Match match) {
        for (int i = 0; i < words.size(); i++) {
            if ((i < match.start() || i >= match.end()) && !words.get(i).chars()
                    .allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
