package org.corpuslint.rules.caption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.rules.caption.PhotoLayout.Kind;

/**
 * Pairs captions with the credits below them and finds the captions whose credit was lost.
 *
 * <p>Walking back from each credit over adjacent caption-like lines gives a {@link PhotoBlock}:
 * the caption, or the lines a publisher puts before each credit (alt text and caption; title
 * and caption). The most common block size is the document's <em>unit</em>. A block longer
 * than the unit holds photos whose credit was lost; the last line of each lost unit is its
 * caption. A plural label ({@code Photos: ...}) credits the whole block. In a gallery laid out
 * with blank lines, a short caption-like paragraph between two photos is a lost photo too;
 * {@link GalleryEnds} looks past the first and last credits.
 */
final class GalleryBlocks {

    /** Lines a photo has at most above its credit: a title, an alt text and a caption. */
    private static final int MAX_PHOTO_LINES = 3;
    /** Words a photo's title has at most. */
    private static final int TITLE_WORDS = 12;

    private final PhotoLayout layout;
    private final int firstBodyLine;
    private final int lineCount;

    GalleryBlocks(PhotoLayout layout) {
        this.layout = layout;
        this.firstBodyLine = layout.document().firstBodyLine();
        this.lineCount = layout.document().lineCount();
    }

    void analyse() {
        List<PhotoBlock> blocks = new ArrayList<>();
        for (int line = firstBodyLine; line <= lineCount; line++) {
            if (layout.isCreditElement(line) && !layout.creditsLabelledCaptionBelow(line)) {
                PhotoBlock block = blockEndingAt(line);
                if (block.size() > 0) {
                    blocks.add(block);
                }
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        Gallery gallery = new Gallery(layout, unit(blocks), longestCreditedCaption(blocks),
                captionsEndWithStop(blocks));
        int unit = gallery.unit();
        // A gallery laid out with blank lines: photos in a row with only blank lines between
        // them, or photos of several lines each with blank lines before their credits (a lost
        // one then has a shape prose does not have). Single-line photos among paragraphs are no
        // such gallery.
        boolean spaced = blocks.stream().anyMatch(this::followsPhotoAcrossBlankLines)
                || unit >= 2 && blocks.stream().filter(this::creditSetApart).count() >= 2;
        for (PhotoBlock found : blocks) {
            PhotoBlock block = spaced ? extendAcrossBlankLines(found, gallery) : found;
            List<Integer> lines = block.bounded() ? block.lines()
                    : block.lines().subList(Math.max(0, block.size() - unit), block.size());
            lines.forEach(layout::markCaption);
            boolean groupCredit = layout.kind(block.last()) == Kind.TEXT
                    && layout.isGroupCredit(layout.nextNonBlank(block.last()));
            int lost = lines.size() - unit;
            if (!groupCredit && lost > 0) {
                // Where blank lines part the paragraphs, no prose stands between the credit of
                // one photo and the caption of the next, nor glued above a caption.
                boolean vouched = layout.hasBlankLines()
                        && (layout.isCreditElement(block.top())
                                || layout.kind(block.top()) == Kind.BLANK);
                gallery.reportLostUnits(lines.subList(0, lost), vouched);
            }
        }
        GalleryEnds ends = new GalleryEnds(gallery);
        if (layout.hasBlankLines() || blocks.size() >= 2) {
            // Where prose runs on without blank lines, one photo does not show where its
            // gallery ends.
            ends.findAfterLastCredits();
        }
        if (spaced) {
            for (int i = 0; i < blocks.size(); i++) {
                boolean follows = followsPhotoAcrossBlankLines(blocks.get(i));
                boolean nextFollows = i + 1 < blocks.size()
                        && followsPhotoAcrossBlankLines(blocks.get(i + 1));
                ends.findAtEdges(blocks.get(i), nextFollows && !follows, follows && !nextFollows);
            }
        }
    }

    /**
     * For a credit line, the adjacent caption-like lines above it (after any blank lines); for a
     * caption with an inline credit, itself and the lines directly above. A line repeated back
     * to back counts once. The first body line is the headline, never a caption.
     */
    private PhotoBlock blockEndingAt(int creditLine) {
        List<Integer> lines = new ArrayList<>();
        int line = creditLine - 1;
        if (layout.kind(creditLine) == Kind.CREDITED_CAPTION) {
            lines.add(creditLine);
        } else {
            line = layout.previousNonBlank(creditLine);
        }
        for (; line > firstBodyLine && layout.kind(line) == Kind.TEXT; line--) {
            String text = layout.text(line);
            // A kicker right below another photo's credit is a caption, not a lead-in: lead-ins
            // open a gallery.
            boolean kicker = CaptionText.isKicker(text) && layout.isCreditElement(line - 1);
            if (!CaptionText.captionLike(text) && !kicker) {
                break;
            }
            if (!lines.isEmpty() && layout.text(lines.get(0)).strip().equals(text.strip())) {
                continue;
            }
            lines.add(0, line);
        }
        // A lead-in opens the photos; an item of the story's bulleted list stands before them.
        boolean bounded = line >= firstBodyLine && (layout.kind(line) != Kind.TEXT
                || CaptionText.isLeadIn(layout.text(line))
                || CaptionText.isListItem(layout.text(line)));
        return new PhotoBlock(lines, line, bounded, creditLine);
    }

    /** Whether blank lines stand between the photo's caption and its credit line. */
    private boolean creditSetApart(PhotoBlock block) {
        return block.credit() != block.last()
                && layout.previousNonBlank(block.credit()) == block.last()
                && block.credit() - block.last() > 1;
    }

    /** Whether only blank lines separate this photo from the credit of the photo before. */
    private boolean followsPhotoAcrossBlankLines(PhotoBlock block) {
        return layout.kind(block.top()) == Kind.BLANK
                && layout.isCreditElement(layout.previousNonBlank(block.first()));
    }

    /**
     * In a gallery laid out with blank lines, a block stopped by a blank line takes in the
     * short caption-like paragraphs above it when another credit closes them within two
     * photos' worth of lines: a photo whose credit was lost. Longer gaps are prose between
     * photos.
     */
    private PhotoBlock extendAcrossBlankLines(PhotoBlock block, Gallery gallery) {
        if (layout.kind(block.top()) != Kind.BLANK) {
            return block;
        }
        List<Integer> above = new ArrayList<>();
        int line = block.top();
        for (; line > firstBodyLine; line--) {
            Kind kind = layout.kind(line);
            if (kind == Kind.BLANK) {
                continue;
            }
            if (kind != Kind.TEXT
                    || !CaptionText.shortCaption(layout.text(line), gallery.unvouchedLimit())
                    || above.size() == 2 * gallery.unit()) {
                break;
            }
            above.add(0, line);
        }
        if (above.isEmpty() || !layout.isCreditElement(line)) {
            return block;
        }
        List<Integer> lines = new ArrayList<>(above);
        lines.addAll(block.lines());
        return new PhotoBlock(lines, line, true, block.credit());
    }

    /**
     * Lines per photo: the most common size of the bounded blocks (of all, if none is), the
     * smaller on a tie. Photos of several lines must also show their shape: in most blocks of
     * that size or longer, the line above the caption is a title or an alt text, which ends
     * without a full stop. Otherwise the longer blocks are captions that lost their credits,
     * and a photo is one line.
     */
    private int unit(List<PhotoBlock> blocks) {
        boolean anyBounded = blocks.stream().anyMatch(PhotoBlock::bounded);
        List<PhotoBlock> sized = blocks.stream().filter(b -> b.bounded() || !anyBounded).toList();
        // Longer blocks hold photos that lost their credits.
        Map<Integer, Integer> counts = new HashMap<>();
        sized.stream().filter(b -> b.size() <= MAX_PHOTO_LINES)
                .forEach(b -> counts.merge(b.size(), 1, Integer::sum));
        int common = 1;
        int commonCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > commonCount || e.getValue() == commonCount && e.getKey() < common) {
                common = e.getKey();
                commonCount = e.getValue();
            }
        }
        if (counts.isEmpty()) {
            common = sharedPhotoSize(sized);
        }
        if (common <= 1) {
            return 1;
        }
        int unit = common;
        List<PhotoBlock> multi = sized.stream().filter(b -> b.size() >= unit).toList();
        long headed = multi.stream().filter(b -> headed(b, unit, multi.size())).count();
        return headed * 2 > multi.size() ? unit : 1;
    }

    /**
     * Where every block is longer than a photo, each holds several photos: the largest photo
     * size that all their lengths are a multiple of, or 1.
     */
    private static int sharedPhotoSize(List<PhotoBlock> blocks) {
        for (int size = MAX_PHOTO_LINES; size >= 2; size--) {
            int photoSize = size;
            if (blocks.stream().allMatch(b -> b.size() % photoSize == 0)) {
                return size;
            }
        }
        return 1;
    }

    /**
     * Whether the photo at the end of {@code block} opens with a title or an alt text: every
     * line above its caption ends without a stop. Where one block alone shows the shape, its top
     * line must also be short, as a title is, or open as the line below it does, as an alt text
     * repeating the caption does: a long line without a stop is otherwise a caption cut short
     * above another caption.
     */
    private boolean headed(PhotoBlock block, int unit, int blocksOfThatSize) {
        int topLine = block.lines().get(block.size() - unit);
        for (int i = block.size() - unit; i < block.size() - 1; i++) {
            if (!CaptionText.isHeading(layout.text(block.lines().get(i)))) {
                return false;
            }
        }
        String top = layout.text(topLine);
        return (blocksOfThatSize >= 2
                || CaptionText.wordCount(top) <= TITLE_WORDS
                || CaptionText.sameOpening(top, layout.text(topLine + 1)));
    }

    /** Whether every caption above a credit line ends as a sentence does. */
    private boolean captionsEndWithStop(List<PhotoBlock> blocks) {
        List<PhotoBlock> captioned = blocks.stream()
                .filter(b -> layout.kind(b.credit()) == Kind.CREDIT).toList();
        return !captioned.isEmpty() && captioned.stream()
                .noneMatch(b -> CaptionText.isHeading(layout.text(b.last())));
    }

    private int longestCreditedCaption(List<PhotoBlock> blocks) {
        int longest = 0;
        for (PhotoBlock block : blocks) {
            longest = Math.max(longest, CaptionText.wordCount(layout.text(block.last())));
        }
        return longest;
    }
}
