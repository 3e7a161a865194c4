package org.corpuslint.eval.caption;

/** How a publisher lays out one photo of a gallery. */
enum Layout {
    /** Caption line, credit line below it (Moscow Times, CNN). */
    CAPTION_THEN_CREDIT,
    /** Caption, blank line, credit, blank line. */
    CAPTION_BLANK_CREDIT,
    /** Caption with its credit at the end of the line (Reuters, AP, Al Jazeera). */
    INLINE_CREDIT,
    /** Alt-text line, then the caption with an inline credit (Al Jazeera). */
    ALT_THEN_INLINE,
    /** A short title, the caption, blank lines, then the credit (Newsweek). */
    TITLE_CAPTION_CREDIT,
    /** Labelled credit above a labelled caption ({@code Image source, ...}, BBC). */
    SOURCE_THEN_CAPTION,
    /**
     * Photos of both kinds in one run, credit lines and inline credits, glued to the paragraph
     * below with no blank line (as scrapers join a figure block to the text after it); as few
     * as one credit may survive.
     */
    MIXED_GLUED,
    /**
     * A slideshow: a counter line ({@code Image 2 of 6}), blank, the caption and its credit
     * line, blank; the gallery's controls close it.
     */
    COUNTED_SLIDES,
    /**
     * Two to five photos in one run after a paragraph, glued to the paragraph below, each with
     * its credit line, an inline credit or none: a third lose theirs and one credit, anywhere
     * in the run, may be all that is left. Captions as publishers write them: some open with a
     * kicker ({@code Label: ...}), some were cut short without a stop, some quote speech; some
     * credits name the kind of photo ({@code Pool photo by ...}) or only a studio. A page's
     * dated copyright notice may follow the run.
     */
    SPARSE_RUN
}
