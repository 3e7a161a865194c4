package org.corpuslint.rules.caption;

import java.util.List;

/**
 * One document's photos as a gallery: its layout, its unit (lines per photo) and the length
 * of its longest credited caption, and how a photo whose credit was lost is reported.
 */
record Gallery(PhotoLayout layout, int unit, int longest) {

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
        for (int end = lost.size() - 1; end - unit + 1 >= 0; end -= unit) {
            if (!CaptionText.readsAsNewsProse(layout.text(lost.get(end)))) {
                reportIfCaption(lost.get(end));
            }
        }
    }

    /** Reports {@code line} when it is as long as a caption and has a sentence's words. */
    void reportIfCaption(int line) {
        layout.markCaption(line);
        String text = layout.text(line);
        int words = CaptionText.wordCount(text);
        if (words >= 3 && words <= wordLimit() && CaptionText.hasLowercaseWord(text)) {
            layout.reportUnattributed(line);
        }
    }
}
