package org.corpuslint.rules.caption;

import java.util.List;

/**
 * One document's photos as a gallery: its layout, its unit (lines per photo), the length of
 * its longest credited caption, whether every caption above a credit line ends with a full
 * stop, and how a photo whose credit was lost is reported.
 */
record Gallery(PhotoLayout layout, int unit, int longest, boolean captionsEndWithStop) {

    /** Words of a long caption of two sentences. */
    private static final int LONG_CAPTION_WORDS = 45;

    /** Longer than the longest credited caption by half is prose, not a caption. */
    int wordLimit() {
        return Math.max(20, Math.min(CaptionText.MAX_CAPTION_WORDS, longest * 3 / 2 + 5));
    }

    /**
     * How long a paragraph no credit vouches for may be: about as long as the credited
     * captions, or up to the word limit where photos of several lines vouch by their shape.
     */
    int unvouchedLimit() {
        return unit >= 2 ? wordLimit() : longest + 3;
    }

    /**
     * Each lost photo is a unit of lines counted back from the end of {@code lost}; its caption
     * is the unit's last line. Lines left over at the top do not make a whole photo and are left
     * alone, as are lines that read as news prose.
     */
    void reportLostUnits(List<Integer> lost) {
        reportLostUnits(lost, false);
    }

    /**
     * As {@link #reportLostUnits(List)}; lines {@code vouched} for by their place among the
     * photos are captions even where they quote or report, as captions may.
     */
    void reportLostUnits(List<Integer> lost, boolean vouched) {
        for (int end = lost.size() - 1; end - unit + 1 >= 0; end -= unit) {
            if (vouched) {
                reportIfCaption(lost.get(end), vouchedLimit());
            } else if (!CaptionText.readsAsNewsProse(layout.text(lost.get(end)))) {
                reportIfCaption(lost.get(end));
            }
        }
    }

    /**
     * How long a line that its place among the photos vouches for may be: a long caption of
     * two sentences, even where the credited captions are all short.
     */
    int vouchedLimit() {
        return Math.max(wordLimit(), LONG_CAPTION_WORDS);
    }

    /** Reports {@code line} when it is as long as a caption and has a sentence's words. */
    void reportIfCaption(int line) {
        reportIfCaption(line, wordLimit());
    }

    private void reportIfCaption(int line, int maxWords) {
        layout.markCaption(line);
        String text = layout.text(line);
        int words = CaptionText.wordCount(text);
        if (words >= 3 && words <= maxWords && CaptionText.hasLowercaseWord(text)
                && !CaptionText.addressesReader(text) && !CaptionText.isListItem(text)) {
            layout.reportUnattributed(line);
        }
    }
}
