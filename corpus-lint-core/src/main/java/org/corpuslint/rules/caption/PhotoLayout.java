package org.corpuslint.rules.caption;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.text.WordTokenizer;

/**
 * The photo structure of one document: which lines are credits, which are captions, and which
 * captions lost their credit.
 *
 * <p>A credit line attributes the caption above it (blank lines between allowed); a caption
 * line may carry its credit inline. Walking back from each credit over adjacent caption-like
 * lines gives a <em>photo block</em>. Publishers put a fixed number of lines before each credit
 * (a caption; alt text and caption; title and caption), so the most common block size in the
 * document is its <em>unit</em>. A block longer than the unit holds photos whose credit was
 * lost; the last line of each lost unit is its caption. A plural label ({@code Photos: ...})
 * credits the whole block.
 */
final class PhotoLayout {

    /** What a line is. */
    enum Kind { BLANK, TEXT, CREDIT, CREDITED_CAPTION }

    /** A credit line right after another credit line. */
    record Orphan(int line, int previousCredit) {}

    private static final int MAX_CAPTION_WORDS = 60;

    private final Document document;
    private final Kind[] kinds;
    private final Credit[] credits;
    private final BitSet captions = new BitSet();
    private final List<Integer> unattributed = new ArrayList<>();
    private final List<Integer> descriptions = new ArrayList<>();
    private final List<Orphan> orphans = new ArrayList<>();

    private PhotoLayout(Document document) {
        this.document = document;
        this.kinds = new Kind[document.lineCount() + 1];
        this.credits = new Credit[document.lineCount() + 1];
    }

    static PhotoLayout of(Document document, CreditParser parser, Agencies agencies) {
        PhotoLayout layout = new PhotoLayout(document);
        layout.classify(parser);
        layout.findGalleryCaptions();
        layout.findOrphans();
        layout.findDescriptions(agencies);
        return layout;
    }

    /** Captions of a gallery whose credit was lost, by line number. */
    List<Integer> unattributedCaptions() {
        return unattributed;
    }

    /** Prose paragraphs describing a photo, with no credit, by line number. */
    List<Integer> uncreditedDescriptions() {
        return descriptions;
    }

    List<Orphan> orphanCredits() {
        return orphans;
    }

    /** Whether {@code line} is a caption (credited or not) of a photo. */
    boolean isCaption(int line) {
        return captions.get(line);
    }

    Kind kind(int line) {
        return kinds[line];
    }

    private void classify(CreditParser parser) {
        for (int line = 1; line <= document.lineCount(); line++) {
            String text = document.line(line);
            if (line < document.firstBodyLine() || text.isBlank()) {
                kinds[line] = line < document.firstBodyLine() ? Kind.TEXT : Kind.BLANK;
                continue;
            }
            credits[line] = parser.line(text).orElse(null);
            if (credits[line] != null) {
                kinds[line] = Kind.CREDIT;
            } else if (parser.inlineStart(text) > 0) {
                kinds[line] = Kind.CREDITED_CAPTION;
            } else {
                kinds[line] = Kind.TEXT;
            }
        }
    }

    private boolean isCreditElement(int line) {
        return kinds[line] == Kind.CREDIT || kinds[line] == Kind.CREDITED_CAPTION;
    }

    private void findGalleryCaptions() {
        List<List<Integer>> blocks = new ArrayList<>();
        int creditElements = 0;
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (!isCreditElement(line)) {
                continue;
            }
            creditElements++;
            List<Integer> block = blockEndingAt(line);
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        if (creditElements < 2) {
            return; // one credit is no gallery: nothing to compare captions with
        }
        int unit = commonSize(blocks);
        int wordLimit = captionWordLimit(blocks);
        for (List<Integer> block : blocks) {
            block.forEach(captions::set);
            int last = block.get(block.size() - 1);
            boolean groupCredit = kinds[last] == Kind.TEXT && isGroupCredit(nextNonBlank(last));
            int lost = block.size() - unit;
            if (groupCredit || lost <= 0) {
                continue;
            }
            // Each lost photo is a unit of lines; its caption is the unit's last line.
            for (int end = unit - 1; ; end += unit) {
                reportIfCaption(block.get(Math.min(end, lost - 1)), wordLimit);
                if (end >= lost - 1) {
                    break;
                }
            }
        }
        if (unit == 1) {
            findTrailingCaptions(wordLimit);
        }
    }

    private void reportIfCaption(int line, int wordLimit) {
        captions.set(line);
        String text = document.line(line);
        int words = wordCount(text);
        if (words >= 3 && words <= wordLimit && text.chars().anyMatch(Character::isLowerCase)) {
            unattributed.add(line);
        }
    }

    /**
     * The caption lines a credit element attributes, top to bottom: for a credit line, the
     * adjacent caption-like lines above it (after any blank lines); for a caption with an
     * inline credit, itself and the lines directly above. A line repeated back to back counts
     * once.
     */
    private List<Integer> blockEndingAt(int creditLine) {
        List<Integer> block = new ArrayList<>();
        int line = creditLine - 1;
        if (kinds[creditLine] == Kind.CREDITED_CAPTION) {
            block.add(creditLine);
        } else {
            while (line >= document.firstBodyLine() && kinds[line] == Kind.BLANK) {
                line--;
            }
        }
        for (; line >= document.firstBodyLine() && kinds[line] == Kind.TEXT; line--) {
            String text = document.line(line);
            if (!captionLike(text)) {
                break;
            }
            if (!block.isEmpty() && document.line(block.get(0)).strip().equals(text.strip())) {
                continue;
            }
            block.add(0, line);
        }
        return block;
    }

    /** Lines after the last credit of a run of non-blank lines, when each caption has its credit. */
    private void findTrailingCaptions(int wordLimit) {
        int line = document.firstBodyLine();
        while (line <= document.lineCount()) {
            if (kinds[line] == Kind.BLANK) {
                line++;
                continue;
            }
            int runEnd = line;
            while (runEnd + 1 <= document.lineCount() && kinds[runEnd + 1] != Kind.BLANK) {
                runEnd++;
            }
            int lastCredit = -1;
            for (int i = line; i <= runEnd; i++) {
                if (isCreditElement(i)) {
                    lastCredit = i;
                }
            }
            if (lastCredit > 0 && lastCredit == runEnd - 1 && captionLike(document.line(runEnd))
                    && lastCredit > line) {
                reportIfCaption(runEnd, wordLimit);
            }
            line = runEnd + 1;
        }
    }

    private int nextNonBlank(int line) {
        int next = line + 1;
        while (next <= document.lineCount() && kinds[next] == Kind.BLANK) {
            next++;
        }
        return Math.min(next, document.lineCount());
    }

    private boolean isGroupCredit(int line) {
        return credits[line] != null && credits[line].group();
    }

    private void findOrphans() {
        int previous = -1;
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (kinds[line] == Kind.BLANK) {
                continue;
            }
            if (kinds[line] == Kind.CREDIT && previous > 0 && kinds[previous] == Kind.CREDIT
                    && !document.line(previous).strip().equals(document.line(line).strip())) {
                orphans.add(new Orphan(line, previous));
            }
            previous = line;
        }
    }

    private void findDescriptions(Agencies agencies) {
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (kinds[line] == Kind.TEXT && ImageDescription.describesPhoto(document.line(line), agencies)
                    && kinds[nextNonBlank(line)] != Kind.CREDIT) {
                descriptions.add(line);
                captions.set(line);
            }
        }
    }

    /** The most common block size; the smaller one on a tie. */
    private static int commonSize(List<List<Integer>> blocks) {
        Map<Integer, Integer> counts = new HashMap<>();
        blocks.forEach(b -> counts.merge(b.size(), 1, Integer::sum));
        int best = 1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Longer than the longest credited caption by half is prose, not a caption. */
    private int captionWordLimit(List<List<Integer>> blocks) {
        int longest = 0;
        for (List<Integer> block : blocks) {
            longest = Math.max(longest, wordCount(document.line(block.get(block.size() - 1))));
        }
        return Math.max(20, Math.min(MAX_CAPTION_WORDS, longest * 3 / 2 + 5));
    }

    private static boolean captionLike(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !stripped.endsWith(":")
                && wordCount(stripped) <= MAX_CAPTION_WORDS;
    }

    private static int wordCount(String text) {
        return WordTokenizer.tokenize(text).size();
    }
}
