package org.corpuslint.rules.boilerplate;

import java.util.List;

/**
 * Lists of links that no phrase marks, found by their layout: what a page's related-stories,
 * tag and "more from" boxes look like once scraped.
 *
 * <ul>
 *   <li>{@link Layout#UNDER_HEADING}: the lines after a short related or navigation label
 *       ({@code More from the desk}, {@code Tags:}) that are shaped like links (headlines,
 *       names, tags: no full stop, at most {@value #MAX_LINK_WORDS} words), up to the first
 *       line that is not.
 *   <li>{@link Layout#HEADLINE_RUN}: after the story (at most {@value #MAX_PROSE_AFTER} prose
 *       paragraph follows, at least {@value #MIN_PROSE_BEFORE} come before), a run of at least
 *       {@value #MIN_RUN} link-shaped lines with no blank line between them, at least
 *       {@value #MIN_HEADLINES} of them headlines, none with a bullet: a story's paragraphs are separated and end
 *       with a full stop, a box of teasers is neither.
 * </ul>
 *
 * <p>Neither holds a price: a list with a price tag among its lines ({@code $139.00}) is the
 * story's own list of products, which has the same layout.
 */
final class LinkLists {

    static final int MAX_LINK_WORDS = 20;
    static final int MAX_LIST_ITEMS = 12;
    static final int MIN_RUN = 3;
    static final int MIN_HEADLINES = 2;
    static final int MAX_PROSE_AFTER = 1;
    static final int MIN_PROSE_BEFORE = 3;
    static final int PRODUCT_LINES_AFTER = 2;

    enum Layout {
        NONE(""),
        UNDER_HEADING("list of links under a related heading"),
        HEADLINE_RUN("run of headline-shaped lines after the story");

        final String why;

        Layout(String why) {
            this.why = why;
        }
    }

    private LinkLists() {}

    /**
     * @param evidence the document's lines
     * @param boilerplate the lines already found by their own signals
     * @param prose the article's prose paragraphs
     * @param title the title's index, or -1: a list heading comes after it, never above
     * @return per line, the layout that makes it part of a list of links
     */
    static Layout[] find(List<LineEvidence> evidence, boolean[] boilerplate, boolean[] prose,
            int title) {
        int n = evidence.size();
        Layout[] layouts = new Layout[n];
        java.util.Arrays.fill(layouts, Layout.NONE);
        for (int i = 0; i < n; i++) {
            if (i > title && boilerplate[i] && evidence.get(i).heading()) {
                i = markUnderHeading(evidence, boilerplate, prose, i, layouts);
            }
        }
        int[] proseBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            proseBefore[i + 1] = proseBefore[i] + (prose[i] ? 1 : 0);
        }
        int start = 0;
        while (start < n) {
            if (!linkShaped(evidence.get(start)) || bulleted(evidence.get(start))) {
                start++;
                continue;
            }
            int end = start;
            while (end + 1 < n && linkShaped(evidence.get(end + 1))
                    && !bulleted(evidence.get(end + 1))) {
                end++;
            }
            int proseAfter = proseBefore[n] - proseBefore[end + 1];
            if (end - start + 1 >= MIN_RUN && headlines(evidence, start, end) >= MIN_HEADLINES
                    && !photoBlock(evidence, start, end) && !priced(evidence, start, end)
                    && proseAfter <= MAX_PROSE_AFTER
                    && proseBefore[start] >= MIN_PROSE_BEFORE) {
                for (int i = start; i <= end; i++) {
                    if (layouts[i] == Layout.NONE && !boilerplate[i]) {
                        layouts[i] = Layout.HEADLINE_RUN;
                    }
                }
            }
            start = end + 1;
        }
        return layouts;
    }

    /**
     * Marks the link-shaped lines after heading {@code at}, unless a price is among them;
     * returns the last line looked at.
     */
    private static int markUnderHeading(List<LineEvidence> evidence, boolean[] boilerplate,
            boolean[] prose, int at, Layout[] layouts) {
        int items = 0;
        int last = at;
        boolean priced = false;
        for (int j = at + 1; j < evidence.size() && items < MAX_LIST_ITEMS; j++) {
            LineEvidence e = evidence.get(j);
            if (e.shape() == null) {
                continue;
            }
            if (prose[j] || !linkShaped(e) && !boilerplate[j]) {
                break;
            }
            if (!boilerplate[j]) {
                layouts[j] = Layout.UNDER_HEADING;
                items++;
            }
            priced |= e.priceTag();
            last = j;
        }
        if (priced) {
            for (int j = at + 1; j <= last; j++) {
                layouts[j] = Layout.NONE;
            }
        }
        return last;
    }

    /**
     * A price tag in the lines or among the {@value #PRODUCT_LINES_AFTER} lines after them (a
     * product's features, then its name and price): products, not links.
     */
    private static boolean priced(List<LineEvidence> evidence, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (evidence.get(i).priceTag()) {
                return true;
            }
        }
        int after = 0;
        for (int i = end + 1; i < evidence.size() && after < PRODUCT_LINES_AFTER; i++) {
            if (evidence.get(i).shape() == null) {
                continue;
            }
            if (evidence.get(i).priceTag()) {
                return true;
            }
            after++;
        }
        return false;
    }

    /**
     * Captions and their credits are short unpunctuated lines in a run too; a credit in the run
     * or right next to it says it is a block of photos, not of links.
     */
    private static boolean photoBlock(List<LineEvidence> evidence, int start, int end) {
        for (int i = Math.max(0, start - 1); i <= Math.min(evidence.size() - 1, end + 1); i++) {
            if (evidence.get(i).credit()) {
                return true;
            }
        }
        return false;
    }

    private static int headlines(List<LineEvidence> evidence, int start, int end) {
        int n = 0;
        for (int i = start; i <= end; i++) {
            LineShape shape = evidence.get(i).shape();
            if (shape.headline() || shape.question()
                    && shape.words().size() >= LineShape.HEADLINE_WORDS) {
                n++;
            }
        }
        return n;
    }

    /**
     * A list item the scraper marked with a bullet ({@code - item}): the story's own lists are
     * written so, a box of teasers is a run of bare links.
     */
    private static boolean bulleted(LineEvidence e) {
        return e.shape().bulleted();
    }

    /**
     * A headline, a name or a tag: a few words, no full stop, no colon at the end (a line that
     * introduces what follows is the story's), no address, not a paragraph.
     */
    static boolean linkShaped(LineEvidence e) {
        return linkShaped(e.shape());
    }

    static boolean linkShaped(LineShape shape) {
        return shape != null && shape != LineShape.PARAGRAPH && !shape.endsWithStop()
                && !shape.introducesWhatFollows()
                && !shape.email() && !shape.exclaims()
                && !shape.words().isEmpty() && shape.words().size() <= MAX_LINK_WORDS;
    }
}
