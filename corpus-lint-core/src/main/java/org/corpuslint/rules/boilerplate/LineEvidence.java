package org.corpuslint.rules.boilerplate;

/**
 * The signals found on one line, before its place in the document is known, and the score
 * they add up to once it is.
 *
 * @param kind what the line is, when any signal names it; {@code null} for none
 * @param lexicon the weight of the strongest phrase (or user pattern) found, 0 for none
 * @param moreCues another phrase or pattern matched too
 * @param repetition how widely the line recurs across documents
 * @param shape the line's shape
 * @param heading the line is a short related or navigation label that a list of links may
 *     follow ({@code More from the desk})
 * @param credit the line is a photo credit ({@code Photo: Jane Doe}), checked only on lines
 *     shaped like list items
 * @param priceTag the line is a price and little more ({@code $139.00}): part of a product
 *     listed by the story
 */
record LineEvidence(
        BoilerplateKind kind, int lexicon, boolean moreCues, Repetition repetition,
        LineShape shape, boolean email, boolean url, boolean bareLink, boolean copyright,
        boolean heading, boolean credit, boolean priceTag) {

    /** A line's score from this on is boilerplate. */
    static final int THRESHOLD = 3;

    /** A sentence of at most this many words is brief enough to be a one-line notice. */
    static final int BRIEF_WORDS = 12;

    /** Legal and cookie notices run to a few dozen words; paragraphs of prose are longer. */
    static final int NOTICE_WORDS = 30;

    enum Repetition {
        NONE,
        /** In at least the minimum number of documents, but not in the minimum share. */
        SOME,
        /** In at least the minimum number and share of documents (of the corpus or outlet). */
        WIDE
    }

    static final LineEvidence BLANK = new LineEvidence(null, 0, false, Repetition.NONE,
            null, false, false, false, false, false, false, false);

    /** A paragraph too long to be chrome: prose, never scored. */
    static final LineEvidence PARAGRAPH = new LineEvidence(null, 0, false, Repetition.NONE,
            LineShape.PARAGRAPH, false, false, false, false, false, false, false);

    /**
     * The same line with no cue of its own: a store line that belongs to the offer above it
     * ({@code Available from Example Store} under the product's price).
     */
    LineEvidence withoutCue() {
        return new LineEvidence(null, 0, false, repetition, shape, false, false, false, false,
                false, credit, priceTag);
    }

    /** Something on the line points at boilerplate; shape and place then count too. */
    boolean hasCue() {
        return kind != null;
    }

    boolean strongLexicon() {
        return lexicon >= Phrase.STRONG;
    }

    /**
     * The line's score.
     *
     * @param title the line is the article's title, which is short and unpunctuated by nature,
     *     so shape and place say nothing about it, and which recurs when articles are
     *     duplicated or syndicated, so neither does repetition
     * @param outsideProse the line stands before the first or after the last prose paragraph
     */
    int score(boolean title, boolean outsideProse) {
        return score(title, outsideProse, false);
    }

    /**
     * The line's score.
     *
     * @param offStory the line shares no word with the story's lines ({@link StoryWords}):
     *     it speaks of the site or the reader, not of what the story is about
     */
    int score(boolean title, boolean outsideProse, boolean offStory) {
        if (!hasCue()) {
            return 0;
        }
        int score = lexicon;
        if (moreCues) {
            score++;
        }
        if (email) {
            score++;
        }
        if ((email || url) && shape.endsWithAddress() && !bareLink) {
            // "Tips: desk@example.com": a contact line ends with its address; prose goes on.
            score++;
        }
        if (bareLink && (shape.menu() || outsideProse)) {
            score += Phrase.STRONG;
        } else if (url) {
            // A web address between two paragraphs is the story citing its source.
            score++;
        }
        if (copyright) {
            score += Phrase.STRONG;
        }
        if (repetition == Repetition.WIDE && !shape.sentence() && !title) {
            score += Phrase.STRONG;
        } else if (repetition == Repetition.WIDE && shape.addressesReader() && !title) {
            score += Phrase.STRONG - 1;
        } else if (repetition != Repetition.NONE && lexicon > 0) {
            // A third-person sentence that recurs (a standard sign-off, a quote) is not chrome
            // by recurring.
            score++;
        }
        if (shape.labelled() && lexicon > 0) {
            score++;
        }
        if (!title) {
            // A brief sentence to the reader that is off the story is a one-line notice
            // ("You have 3 free stories left this month."), as short as a button.
            if (shape.shortLine() || offStory && shape.addressesReader()
                    && shape.words().size() <= BRIEF_WORDS) {
                score++;
            }
            if (shape.exclaims()) {
                score++;
            }
            if (outsideProse) {
                score++;
            }
            if (offStory) {
                score++;
            }
        }
        if (shape.addressesReader() || shape.siteVoice() || shape.callToAction()) {
            score++;
        } else if (shape.proseShaped() && !(strongLexicon() && moreCues && !shape.quoted()
                && !shape.reported() && shape.words().size() <= NOTICE_WORDS)) {
            // Reported prose mentions donations and comments; appeals speak to the reader, and
            // legal notices pile up several phrases without saying who said them.
            score -= 2;
        }
        return score;
    }
}
