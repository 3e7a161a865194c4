package org.corpuslint.rules.boilerplate;

import org.corpuslint.document.Document;
import org.corpuslint.document.LineMap;

/**
 * The text range that deleting a block removes: its whole lines with their line breaks, and
 * the blank lines after it, so no gap is left behind. A block that ends the document takes the
 * blank lines before it instead, and the document keeps its own convention of ending with a
 * line break or not.
 */
final class BlockDeletion {

    private BlockDeletion() {}

    /** {@code {startOffset, endOffset}} of the text to delete. */
    static int[] range(Document document, Block block) {
        LineMap lines = document.lineMap();
        int next = block.lastLine() + 1;
        while (next <= document.lineCount() && document.line(next).isBlank()) {
            next++;
        }
        if (next <= document.lineCount()) {
            return new int[] {lines.lineStart(block.firstLine()), lines.lineStart(next)};
        }
        int end = document.text().length();
        int previous = block.firstLine() - 1;
        while (previous >= 1 && document.line(previous).isBlank()) {
            previous--;
        }
        if (previous < 1) {
            return new int[] {lines.lineStart(block.firstLine()), end};
        }
        boolean endsWithBreak = lines.lineContentEnd(document.lineCount()) < end;
        int start = endsWithBreak ? lines.lineEndIncludingBreak(previous)
                : lines.lineContentEnd(previous);
        return new int[] {start, end};
    }
}
