package org.corpuslint.rules.boilerplate;

import java.util.List;

/**
 * Lines that no phrase marks, found by where they stand and by sharing no word with the story's
 * title and paragraphs ({@link StoryWords#offParagraphs}). A site's footer links, legal lines
 * and one-off notices come in any wording, but they stand where the story has ended or break
 * its layout, and they are about the site, not the story.
 *
 * <ul>
 *   <li>{@link Place#AFTER_STORY}: after the last prose paragraph of a story of at least
 *       {@value #MIN_PARAGRAPHS} paragraphs ({@code Printing partners}).
 *   <li>{@link Place#GLUED}: a line that opens a paragraph of its own with no blank line
 *       before the prose under it, in a document whose paragraphs are otherwise set apart by
 *       blank lines: the scraper joined a page element to the paragraph.
 *   <li>Not above the story: between the title and the first paragraph stand the byline, the
 *       dateline, a kicker and the lead photo's caption, all short and off the story's words.
 * </ul>
 *
 * <p>Only short, non-prose lines count ({@value #MAX_WORDS} words at most, no sentence in the
 * third person, no question, no bullet): a story's closing sentence and a list of its own items
 * are neither. Photo credits and the lines next to them (their captions), price tags, labels
 * with their values, lists of names and lines that introduce what follows are never stray.
 */
final class StrayLines {

    static final int MAX_WORDS = 12;
    static final int MIN_PARAGRAPHS = 2;

    enum Place {
        NONE(""),
        AFTER_STORY("after the story, shares no word with it"),
        GLUED("glued to a paragraph, shares no word with the story");

        final String why;

        Place(String why) {
            this.why = why;
        }
    }

    private StrayLines() {}

    /**
     * @param evidence the document's lines
     * @param boilerplate the lines already found
     * @param prose the story's prose paragraphs
     * @param title the title's index, or -1
     * @param lastProse the index of the last prose paragraph, or -1
     */
    static Place[] find(List<LineEvidence> evidence, boolean[] boilerplate, boolean[] prose,
            int title, int lastProse, StoryWords story) {
        int n = evidence.size();
        Place[] places = new Place[n];
        java.util.Arrays.fill(places, Place.NONE);
        int paragraphs = 0;
        int setApart = 0;
        int firstProse = -1;
        for (int i = 0; i < n; i++) {
            if (prose[i]) {
                paragraphs++;
                firstProse = firstProse < 0 ? i : firstProse;
                if (i > 0 && isBlank(evidence, i - 1)) {
                    setApart++;
                }
            }
        }
        if (paragraphs < MIN_PARAGRAPHS) {
            return places;
        }
        boolean blankLayout = setApart >= MIN_PARAGRAPHS;
        for (int i = 0; i < n; i++) {
            if (i == title || boilerplate[i] || !strayShaped(evidence, i)) {
                continue;
            }
            Place place = Place.NONE;
            if (i > lastProse) {
                place = Place.AFTER_STORY;
            } else if (blankLayout && i > firstProse && isBlank(evidence, i - 1)
                    && i + 1 < n && prose[i + 1] && !evidence.get(i).shape().headline()) {
                // A caption set into the text has a headline's shape; a site's label has not.
                place = Place.GLUED;
            }
            if (place != Place.NONE && story.offParagraphs(i, prose, title)
                    && !namesList(story.line(i))) {
                places[i] = place;
            }
        }
        keepTailsOfChromeOnly(evidence, boilerplate, places, lastProse);
        return places;
    }

    /**
     * A line after the story is stray only among chrome: when the line before or after it (blank
     * lines skipped) is a line of the tail that is neither boilerplate nor stray, the tail is
     * the story's own (a table of results, the line-ups under a match report) and none of its
     * lines off the story's words is chrome for that. Repeated until nothing changes.
     */
    private static void keepTailsOfChromeOnly(List<LineEvidence> evidence,
            boolean[] boilerplate, Place[] places, int lastProse) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = lastProse + 1; i < places.length; i++) {
                if (places[i] == Place.AFTER_STORY
                        && (storyNeighbour(evidence, boilerplate, places, i, -1, lastProse)
                                || storyNeighbour(evidence, boilerplate, places, i, 1,
                                        lastProse))) {
                    places[i] = Place.NONE;
                    changed = true;
                }
            }
        }
    }

    private static boolean storyNeighbour(List<LineEvidence> evidence, boolean[] boilerplate,
            Place[] places, int i, int step, int lastProse) {
        for (int j = i + step; j > lastProse && j < places.length; j += step) {
            if (!isBlank(evidence, j)) {
                return !boilerplate[j] && places[j] == Place.NONE;
            }
        }
        return false;
    }

    /**
     * A list of names ({@code Dowson, Haughton, P Sanderson.}, {@code J Ross (Essex)}): every
     * word capitalised, with commas, brackets or an initial between them. Line-ups, officials
     * and casts are the story's data, however few of its words they share.
     */
    static boolean namesList(String line) {
        boolean separated = line.indexOf(',') >= 0 || line.indexOf('(') >= 0;
        int words = 0;
        int start = -1;
        for (int i = 0, n = line.length(); i <= n; i++) {
            boolean letter = i < n && Character.isLetter(line.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (!Character.isUpperCase(line.charAt(start))) {
                    return false;
                }
                separated |= i - start == 1;
                words++;
                start = -1;
            }
        }
        return words > 0 && separated;
    }

    /**
     * Short, not a paragraph, not a credit or its caption, not an item of the story's lists,
     * not a label with its value ({@code Referee: Jane Doe}), and not a third-person sentence,
     * however short: a story moves to new words all the time ({@code He declined to
     * comment.}).
     */
    private static boolean strayShaped(List<LineEvidence> evidence, int i) {
        LineEvidence e = evidence.get(i);
        LineShape shape = e.shape();
        boolean speaks = shape != null && (shape.addressesReader() || shape.siteVoice()
                || shape.callToAction());
        if (shape == null || shape.proseShaped() || shape.words().size() > MAX_WORDS
                || shape.endsWithStop() && !speaks
                || shape.question() || shape.bulleted() || shape.introducesWhatFollows()
                || shape.labelled()
                || e.credit() || e.priceTag() || e.url() || e.email()) {
            return false;
        }
        // A line next to a photo credit is its caption.
        return !(i > 0 && evidence.get(i - 1).credit())
                && !(i + 1 < evidence.size() && evidence.get(i + 1).credit());
    }

    private static boolean isBlank(List<LineEvidence> evidence, int i) {
        return evidence.get(i).shape() == null;
    }
}
