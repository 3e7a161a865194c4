package org.corpuslint.rules.caption;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.rules.caption.PhotoLayout.Kind;

/**
 * Photos whose credit was lost at the end of a gallery, where no credit below closes a block:
 * after the last credit of a run of lines, and at either end of a gallery laid out with blank
 * lines.
 */
final class GalleryEnds {

    private final Gallery gallery;
    private final PhotoLayout layout;
    private final int firstBodyLine;
    private final int lineCount;

    GalleryEnds(Gallery gallery) {
        this.gallery = gallery;
        this.layout = gallery.layout();
        this.firstBodyLine = layout.document().firstBodyLine();
        this.lineCount = layout.document().lineCount();
    }

    /**
     * Where photos follow each other without blank lines, short caption-like lines after the
     * last credit of the run, as many as whole photos take (up to three), are photos whose
     * credit was lost; the run ends there or prose follows them (in a document without blank
     * lines, prose must follow: the end of the document does not show where the gallery ended).
     */
    void findAfterLastCredits() {
        boolean proseMustFollow = !layout.hasBlankLines();
        int unit = gallery.unit();
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
            // Credit lines above their captions; a caption carrying its own credit may open
            // the run.
            boolean creditsFirst = layout.kind(line) == Kind.CREDIT;
            for (int i = lastCredit + 1; lastCredit >= line && !creditsFirst && i <= runEnd;
                    i++) {
                if (layout.kind(i) != Kind.TEXT || layout.isCaption(i)
                        || !captionAfterCredit(layout.text(i), proseMustFollow)) {
                    break;
                }
                // Where every credited caption ends with a full stop, a line without one that
                // closes the run is a headline or a control below the gallery.
                if (i == runEnd && gallery.captionsEndWithStop()
                        && CaptionText.isHeading(layout.text(i))) {
                    break;
                }
                after.add(i);
            }
            // A paragraph glued below a gallery ends the run: its last line is the article's
            // unless it is as short as a caption and reads like one.
            if (!after.isEmpty() && after.get(after.size() - 1) == runEnd
                    && !CaptionText.shortCaption(layout.text(runEnd), gallery.longest() + 3)) {
                after.remove(after.size() - 1);
            }
            int next = after.isEmpty() ? -1 : after.get(after.size() - 1) + 1;
            // The lines end the run, or a sentence follows them (the article, or prose glued
            // below the gallery); gallery controls or another list below leave them unjudged.
            boolean closed = !proseMustFollow && next > runEnd
                    || next <= runEnd && layout.kind(next) == Kind.TEXT
                            && CaptionText.sentenceShaped(layout.text(next));
            if (closed && !after.isEmpty() && after.size() % unit == 0
                    && after.size() <= 3 * unit) {
                gallery.reportLostUnits(after, !proseMustFollow);
            }
            line = runEnd + 1;
        }
    }

    /**
     * A line below a gallery's last credit that can be a photo's caption: as long as one and
     * with a sentence's words; in a document without blank lines, where prose runs on below
     * the gallery, also not reading as news prose.
     */
    private boolean captionAfterCredit(String text, boolean compact) {
        int words = CaptionText.wordCount(text);
        return compact ? CaptionText.shortCaption(text, gallery.longest() + 3)
                : CaptionText.captionLike(text) && words >= 3
                        && words <= gallery.vouchedLimit()
                        && CaptionText.hasLowercaseWord(text);
    }

    /**
     * In a gallery laid out with blank lines, a paragraph of exactly one photo's lines right
     * before the first photo of a row or right after the last one is a photo whose credit was
     * lost: two or more lines (title and caption) make a shape prose does not have; a single
     * line must also be as short as the captions around it and read like one.
     */
    void findAtEdges(PhotoBlock block, boolean firstOfRow, boolean lastOfRow) {
        int above = layout.previousNonBlank(block.first());
        if (firstOfRow && layout.kind(block.top()) == Kind.BLANK
                && !layout.isCreditElement(above) && !counterBetween(above, block.first())) {
            reportParagraphPhoto(paragraphEndingAt(above));
        }
        int below = layout.nextNonBlank(block.credit());
        if (lastOfRow && below > block.credit() + 1 && layout.kind(below) == Kind.TEXT
                && !layout.isCaption(below)
                && !layout.isCreditElement(layout.nextNonBlank(below))) {
            reportParagraphPhoto(paragraphStartingAt(below));
        }
    }

    /** A slide's counter opens the slide: the paragraph above it is not one. */
    private boolean counterBetween(int from, int to) {
        for (int line = from + 1; line < to; line++) {
            if (CaptionText.isGalleryCounter(layout.text(line))) {
                return true;
            }
        }
        return false;
    }

    private void reportParagraphPhoto(List<Integer> paragraph) {
        if (paragraph.size() != gallery.unit() || paragraph.get(0) <= firstBodyLine) {
            return;
        }
        for (int line : paragraph) {
            if (layout.kind(line) != Kind.TEXT || !CaptionText.captionLike(layout.text(line))
                    || layout.isCaption(line)) {
                return;
            }
        }
        int caption = paragraph.get(paragraph.size() - 1);
        if (CaptionText.shortCaption(layout.text(caption), gallery.unvouchedLimit())) {
            gallery.reportIfCaption(caption);
        }
    }

    /** The paragraph ending at {@code line}, below a lead-in line that opens it, if any. */
    private List<Integer> paragraphEndingAt(int line) {
        List<Integer> lines = new ArrayList<>();
        for (int i = line; i >= firstBodyLine && layout.kind(i) != Kind.BLANK
                && !CaptionText.isLeadIn(layout.text(i)); i--) {
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
}
