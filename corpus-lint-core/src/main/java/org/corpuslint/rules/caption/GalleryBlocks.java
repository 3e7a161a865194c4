package org.corpuslint.rules.caption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corpuslint.rules.caption.PhotoLayout.Kind;

/**
 * Pairs captions with the credits below them and finds the captions whose credit was lost.
 *
 * <p>Walking back from each credit over adjacent caption-like lines gives a <em>photo
 * block</em>: the caption, or the lines a publisher puts before each credit (alt text and
 * caption; title and caption). The most common block size is the document's <em>unit</em>. A
 * block longer than the unit holds photos whose credit was lost; the last line of each lost
 * unit is its caption. A plural label ({@code Photos: ...}) credits the whole block. Where
 * photos are separated by blank lines, a lost photo is a short caption-like paragraph between
 * two photos; where they are not, a caption-like line after the last credit, followed by
 * prose, is one.
 */
final class GalleryBlocks {

    /**
     * The lines above a credit, top to bottom, and the line where the walk stopped. A block is
     * bounded when a blank line, another credit or a lead-in line closes it; an unbounded block
     * ran into the headline or into prose, so where its first photo starts is unknown.
     */
    private record Block(List<Integer> lines, int top, boolean bounded, int credit) {

        int size() {
            return lines.size();
        }

        int last() {
            return lines.get(lines.size() - 1);
        }
    }

    /** Reporting verbs and auxiliaries of news prose, which captions do without. */
    private static final Pattern NEWS_PROSE = Pattern.compile("\\b(?:said|says|told|added"
            + "|has|have|had|will|would|could|should|according)\\b");

    private final PhotoLayout layout;
    private final int firstBodyLine;
    private final int lineCount;

    GalleryBlocks(PhotoLayout layout) {
        this.layout = layout;
        this.firstBodyLine = layout.document().firstBodyLine();
        this.lineCount = layout.document().lineCount();
    }

    void analyse() {
        List<Block> blocks = new ArrayList<>();
        for (int line = firstBodyLine; line <= lineCount; line++) {
            if (layout.isCreditElement(line) && !layout.creditsLabelledCaptionBelow(line)) {
                Block block = blockEndingAt(line);
                if (block.size() > 0) {
                    blocks.add(block);
                }
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        int unit = commonSize(blocks);
        int longest = longestCreditedCaption(blocks);
        // A gallery laid out with blank lines: photos in a row with only blank lines between
        // them, or photos of several lines each with blank lines before their credits (a lost
        // one then has a shape prose does not have). Single-line photos among paragraphs are no
        // such gallery.
        boolean spaced = blocks.stream().anyMatch(this::followsPhotoAcrossBlankLines)
                || unit >= 2 && blocks.stream().filter(this::creditSetApart).count() >= 2;
        for (Block found : blocks) {
            Block block = spaced ? extendAcrossBlankLines(found, unit, longest) : found;
            List<Integer> lines = block.bounded() ? block.lines()
                    : block.lines().subList(Math.max(0, block.size() - unit), block.size());
            lines.forEach(layout::markCaption);
            boolean groupCredit = layout.kind(block.last()) == Kind.TEXT
                    && layout.isGroupCredit(layout.nextNonBlank(block.last()));
            int lost = lines.size() - unit;
            if (groupCredit || lost <= 0) {
                continue;
            }
            reportLostUnits(lines.subList(0, lost), unit, longest);
        }
        findTrailingCaptions(unit, longest);
        if (spaced) {
            for (int i = 0; i < blocks.size(); i++) {
                boolean firstOfGallery = i + 1 < blocks.size()
                        && followsPhotoAcrossBlankLines(blocks.get(i + 1))
                        && !followsPhotoAcrossBlankLines(blocks.get(i));
                boolean lastOfGallery = followsPhotoAcrossBlankLines(blocks.get(i))
                        && (i + 1 == blocks.size() || !followsPhotoAcrossBlankLines(blocks.get(i + 1)));
                findEdgePhotos(blocks.get(i), firstOfGallery, lastOfGallery, unit, longest);
            }
        }
    }

    /**
     * In a gallery laid out with blank lines, a paragraph of exactly one photo's lines right
     * before the first photo or right after the last one is a photo whose credit was lost: two
     * or more lines (title and caption) make a shape prose does not have; a single line must
     * also be as short as the captions around it and quote no one.
     */
    private void findEdgePhotos(Block block, boolean firstOfGallery, boolean lastOfGallery,
            int unit, int longest) {
        int first = block.lines().get(0);
        int above = layout.previousNonBlank(first);
        if (firstOfGallery && layout.kind(block.top()) == Kind.BLANK
                && !layout.isCreditElement(above)) {
            reportParagraphPhoto(paragraphEndingAt(above), unit, longest);
        }
        int below = layout.nextNonBlank(block.credit());
        if (lastOfGallery && below > block.credit() + 1 && layout.kind(below) == Kind.TEXT
                && !isCaptionOfLaterPhoto(below)) {
            reportParagraphPhoto(paragraphStartingAt(below), unit, longest);
        }
    }

    private boolean isCaptionOfLaterPhoto(int line) {
        return layout.isCaption(line) || layout.isCreditElement(layout.nextNonBlank(line));
    }

    private void reportParagraphPhoto(List<Integer> paragraph, int unit, int longest) {
        if (paragraph.size() != unit || paragraph.get(0) <= firstBodyLine) {
            return;
        }
        for (int line : paragraph) {
            if (layout.kind(line) != Kind.TEXT || !captionLike(layout.text(line))
                    || layout.isCaption(line)) {
                return;
            }
        }
        int caption = paragraph.get(paragraph.size() - 1);
        int limit = unit >= 2 ? wordLimit(longest) : longest + 3;
        if (shortCaption(layout.text(caption), longest, limit)) {
            reportIfCaption(caption, longest);
        }
    }

    /** The paragraph ending at {@code line}, below a lead-in line that opens it, if any. */
    private List<Integer> paragraphEndingAt(int line) {
        List<Integer> lines = new ArrayList<>();
        for (int i = line; i >= firstBodyLine && layout.kind(i) != Kind.BLANK
                && !PhotoLayout.isLeadIn(layout.text(i)); i--) {
            lines.add(0, i);
        }
        return lines;
    }

    private List<Integer> paragraphStartingAt(int line) {
        List<Integer> lines = new ArrayList<>();
        for (int i = line; i <= lineCount && layout.kind(i) != Kind.BLANK; i++) {
            lines.add(i);
        }
        return lines;
    }

    /**
     * Each lost photo is a unit of lines counted back from the credited photo; its caption is
     * the unit's last line. Lines left over at the top do not make a whole photo and are left
     * alone.
     */
    private void reportLostUnits(List<Integer> lost, int unit, int longest) {
        for (int end = lost.size() - 1; end - unit + 1 >= 0; end -= unit) {
            if (!readsAsNewsProse(layout.text(lost.get(end)))) {
                reportIfCaption(lost.get(end), longest);
            }
        }
    }

    /** Quotes, reporting verbs, perfect or future tense: prose between photos, not a caption. */
    private static boolean readsAsNewsProse(String text) {
        return text.chars().anyMatch(c -> c == '"' || c == '“' || c == '”')
                || NEWS_PROSE.matcher(text).find();
    }

    /**
     * For a credit line, the adjacent caption-like lines above it (after any blank lines); for a
     * caption with an inline credit, itself and the lines directly above. A line repeated back
     * to back counts once. The first body line is the headline, never a caption.
     */
    private Block blockEndingAt(int creditLine) {
        List<Integer> lines = new ArrayList<>();
        int line = creditLine - 1;
        if (layout.kind(creditLine) == Kind.CREDITED_CAPTION) {
            lines.add(creditLine);
        } else {
            line = layout.previousNonBlank(creditLine);
        }
        for (; line > firstBodyLine && layout.kind(line) == Kind.TEXT; line--) {
            String text = layout.text(line);
            if (!captionLike(text)) {
                break;
            }
            if (!lines.isEmpty() && layout.text(lines.get(0)).strip().equals(text.strip())) {
                continue;
            }
            lines.add(0, line);
        }
        boolean bounded = line >= firstBodyLine && (layout.kind(line) != Kind.TEXT
                || PhotoLayout.isLeadIn(layout.text(line)));
        return new Block(lines, line, bounded, creditLine);
    }

    /** Whether blank lines stand between the photo's caption and its credit line. */
    private boolean creditSetApart(Block block) {
        return block.credit() != block.last() && layout.previousNonBlank(block.credit()) == block.last()
                && block.credit() - block.last() > 1;
    }

    /** Whether only blank lines separate this photo from the credit of the photo before. */
    private boolean followsPhotoAcrossBlankLines(Block block) {
        return layout.kind(block.top()) == Kind.BLANK
                && layout.isCreditElement(layout.previousNonBlank(block.lines().get(0)));
    }

    /**
     * In a gallery laid out with blank lines, a block stopped by a blank line takes in the
     * short caption-like paragraphs above it when
     * another credit closes them within two photos' worth of lines: a photo whose credit was
     * lost in a gallery laid out with blank lines. Longer gaps are prose between photos.
     */
    private Block extendAcrossBlankLines(Block block, int unit, int longest) {
        if (layout.kind(block.top()) != Kind.BLANK) {
            return block;
        }
        List<Integer> above = new ArrayList<>();
        int limit = unit >= 2 ? wordLimit(longest) : longest + 3;
        int line = block.top();
        for (; line > firstBodyLine; line--) {
            Kind kind = layout.kind(line);
            if (kind == Kind.BLANK) {
                continue;
            }
            if (kind != Kind.TEXT || !shortCaption(layout.text(line), longest, limit)
                    || above.size() == 2 * unit) {
                break;
            }
            above.add(0, line);
        }
        if (above.isEmpty() || !layout.isCreditElement(line)) {
            return block;
        }
        List<Integer> lines = new ArrayList<>(above);
        lines.addAll(block.lines());
        return new Block(lines, line, true, block.credit());
    }

    /**
     * Where photos follow each other without blank lines, short caption-like lines after the
     * last credit of the run, as many as whole photos take (up to three), are photos whose
     * credit was lost; the run ends there or prose follows them (in a document without blank
     * lines, prose must follow).
     */
    private void findTrailingCaptions(int unit, int longest) {
        // In one run of lines (no blank line at all) only prose after the photo shows where the
        // gallery ended; the end of the document does not.
        boolean proseMustFollow = !hasBlankLine();
        int line = firstBodyLine;
        while (line <= lineCount) {
            if (layout.kind(line) == Kind.BLANK) {
                line++;
                continue;
            }
            int runEnd = line;
            while (runEnd < lineCount && layout.kind(runEnd + 1) != Kind.BLANK) {
                runEnd++;
            }
            int lastCredit = -1;
            for (int i = line; i <= runEnd; i++) {
                if (layout.isCreditElement(i)) {
                    lastCredit = i;
                }
            }
            List<Integer> after = new ArrayList<>();
            boolean creditsFirst = layout.kind(line) == Kind.CREDIT; // credits above captions
            for (int i = lastCredit + 1; lastCredit > line && !creditsFirst && i <= runEnd; i++) {
                if (layout.kind(i) != Kind.TEXT || layout.isCaption(i)
                        || !shortCaption(layout.text(i), longest)) {
                    break;
                }
                after.add(i);
            }
            int next = after.isEmpty() ? -1 : after.get(after.size() - 1) + 1;
            boolean closed = !proseMustFollow || next <= runEnd && layout.kind(next) == Kind.TEXT;
            if (closed && !after.isEmpty() && after.size() % unit == 0 && after.size() <= 3 * unit) {
                reportLostUnits(after, unit, longest);
            }
            line = runEnd + 1;
        }
    }

    private boolean hasBlankLine() {
        for (int line = firstBodyLine; line <= lineCount; line++) {
            if (layout.kind(line) == Kind.BLANK) {
                return true;
            }
        }
        return false;
    }

    private void reportIfCaption(int line, int longest) {
        layout.markCaption(line);
        String text = layout.text(line);
        int words = PhotoLayout.wordCount(text);
        if (words >= 3 && words <= wordLimit(longest) && PhotoLayout.hasLowercaseWord(text)) {
            layout.reportUnattributed(line);
        }
    }

    /** Longer than the longest credited caption by half is prose, not a caption. */
    private static int wordLimit(int longest) {
        return Math.max(20, Math.min(PhotoLayout.MAX_CAPTION_WORDS, longest * 3 / 2 + 5));
    }

    /**
     * A paragraph that could be a caption of this document, judged where no credit vouches for
     * it: as short as the credited captions, quoting no one, and in the present tense captions
     * are written in, not the reported past or future of news prose.
     */
    private static boolean shortCaption(String text, int longest) {
        return shortCaption(text, longest, longest + 3);
    }

    /** The same, with a word limit of its own: photos of several lines vouch by their shape. */
    private static boolean shortCaption(String text, int longest, int maxWords) {
        int words = PhotoLayout.wordCount(text);
        return captionLike(text) && words >= 3 && words <= maxWords
                && PhotoLayout.hasLowercaseWord(text) && !readsAsNewsProse(text);
    }

    private static boolean captionLike(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !PhotoLayout.isLeadIn(stripped)
                && PhotoLayout.wordCount(stripped) <= PhotoLayout.MAX_CAPTION_WORDS;
    }

    /** The most common size of the bounded blocks (of all, if none is); the smaller on a tie. */
    private static int commonSize(List<Block> blocks) {
        Map<Integer, Integer> counts = new HashMap<>();
        boolean anyBounded = blocks.stream().anyMatch(Block::bounded);
        blocks.stream().filter(b -> b.bounded() || !anyBounded)
                .forEach(b -> counts.merge(b.size(), 1, Integer::sum));
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

    private int longestCreditedCaption(List<Block> blocks) {
        int longest = 0;
        for (Block block : blocks) {
            longest = Math.max(longest, PhotoLayout.wordCount(layout.text(block.last())));
        }
        return longest;
    }
}
