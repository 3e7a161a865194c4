package org.corpuslint.rules.boilerplate;

import java.util.List;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.rules.boilerplate.LineEvidence.Repetition;
import org.corpuslint.text.LineKey;

/**
 * Finds the signals on one line: lexicon, user patterns, shape and corpus repetition.
 *
 * <p>Repetition is counted in distinct stories (copies of one article count once) and is never
 * evidence alone for a third-person sentence, a headline-shaped line or a photo credit: those
 * recur because articles, captions and photographers do. It adds weight to a headline-shaped
 * line or a short third-person sentence only when another signal marks it, to third-person
 * prose only with a strong phrase (a word such as "donate" inside reported prose is not one),
 * and to a credit never.
 */
final class LineScorer {

    /**
     * Lines longer than this (about 70 words) are article paragraphs: no appeal, notice or
     * button runs so long, and skipping them keeps the rule cheap on prose.
     */
    static final int MAX_CHROME_LENGTH = 400;

    /** Photo credits are a name and an agency; longer lines are not parsed as credits. */
    static final int CREDIT_WORDS = 12;

    /** An appeal with no phrase of the lexicon is a line or two, not a paragraph. */
    static final int APPEAL_WORDS = 20;

    /** A list heading is a label, not a teaser with its headline after a colon. */
    static final int HEADING_WORDS = 5;

    private final PhraseMatcher matcher;
    /** Evidence query name ({@link EvidenceLog}): a line's repetition, key outlet and line key. */
    static final String REPETITION = BoilerplateRule.ID + ".repetition";

    private final BoilerplateSettings settings;
    private final CorpusProfile profile;
    private final CreditLines credits;

    /** Phrases of the kinds the user switched off, or {@code null} when none is. */
    private final PhraseMatcher disabled;

    LineScorer(PhraseMatcher matcher, BoilerplateSettings settings, CorpusProfile profile,
            CreditLines credits) {
        this(matcher, null, settings, profile, credits);
    }

    /**
     * @param disabled the phrases of the kinds switched off, {@code null} for none: a line that
     *     one of them names best is that kind, so no weaker cue or shape reports it as another
     */
    LineScorer(PhraseMatcher matcher, PhraseMatcher disabled, BoilerplateSettings settings,
            CorpusProfile profile, CreditLines credits) {
        this.matcher = matcher;
        this.disabled = disabled;
        this.settings = settings;
        this.profile = profile;
        this.credits = credits;
    }

    LineEvidence evidence(String line, String outlet) {
        if (line.isBlank()) {
            return LineEvidence.BLANK;
        }
        if (line.length() > MAX_CHROME_LENGTH) {
            return LineEvidence.PARAGRAPH;
        }
        List<String> words = LineWords.normalisedWords(line);
        LineShape shape = LineShape.of(line, words);
        if (EmbeddedPost.is(line, shape)) {
            return LineEvidence.PARAGRAPH;
        }
        BoilerplateKind kind = null;
        int lexicon = 0;
        List<PhraseMatcher.Match> matches = matcher.matches(words);
        boolean glued = false;
        if (matches.isEmpty() && GluedLinks.has(line)) {
            // "SubscribeSign In": link texts the scraper joined; read them apart.
            words = LineWords.normalisedWords(GluedLinks.split(line));
            matches = matcher.matches(words);
            // Two link texts joined on a short line are a row of links: one more cue.
            glued = !matches.isEmpty() && shape.shortLine();
        }
        PhraseMatcher.Match best = null;
        for (PhraseMatcher.Match match : matches) {
            // The strongest phrase names the kind; of two as strong, the first.
            if (match.phrase().weight() > lexicon) {
                lexicon = match.phrase().weight();
                kind = match.phrase().kind();
                best = match;
            }
        }
        if (disabled != null && claimedByDisabledKind(words, lexicon)) {
            // "Share this article" with share prompts switched off: its weak "this article"
            // must not report it as a navigation link instead.
            return new LineEvidence(null, 0, false, Repetition.NONE, shape, false, false, false,
                    false, false, false, Prices.isTag(line));
        }
        if ((kind == BoilerplateKind.SHOP || kind == BoilerplateKind.NEWSLETTER)
                && lexicon > Phrase.WEAK && Prices.mentioned(line)) {
            // "Get it at Example Store for $20": an offer with its price is what a deals story
            // lists; the page's own button says only "Buy now", and newsletters are free.
            lexicon = Phrase.WEAK;
        }
        // A second cue counts only on other words: "copyright" and "^copyright" are one.
        int cues = best == null ? 0 : glued ? 2 : 1;
        for (PhraseMatcher.Match match : matches) {
            if (match != best && !match.overlaps(best)) {
                cues++;
                break;
            }
        }
        for (UserPattern pattern : settings.extraPatterns()) {
            if (settings.enabled(pattern.kind()) && pattern.finds(line)) {
                cues++;
                if (Phrase.STRONG > lexicon || kind == null) {
                    lexicon = Phrase.STRONG;
                    kind = pattern.kind();
                }
            }
        }
        if (lexicon < Phrase.STRONG && settings.enabled(BoilerplateKind.GALLERY)
                && GalleryCounter.is(line)) {
            lexicon = Phrase.STRONG;
            kind = BoilerplateKind.GALLERY;
        }
        boolean email = shape.email() && settings.enabled(BoilerplateKind.TIP);
        boolean url = shape.url() && settings.enabled(BoilerplateKind.NAVIGATION);
        boolean bareLink = url && words.size() <= 12 && bare(line)
                || shape.menu() && settings.enabled(BoilerplateKind.NAVIGATION);
        boolean copyright = settings.enabled(BoilerplateKind.COPYRIGHT)
                && CopyrightNotice.isFooter(line, shape);
        boolean chromeSignal = email || url || bareLink || copyright;
        Repetition repetition = repetitionCounts(shape, lexicon, kind != null, chromeSignal)
                ? repetition(line, outlet) : Repetition.NONE;
        if (repetition != Repetition.NONE && credits.isCredit(line, shape)) {
            repetition = Repetition.NONE;
        }
        if (kind == null) {
            kind = email ? BoilerplateKind.TIP
                    : url || bareLink ? BoilerplateKind.NAVIGATION
                    : copyright ? BoilerplateKind.COPYRIGHT
                    : repetition == Repetition.WIDE
                            && (!shape.sentence() || shape.addressesReader())
                            ? BoilerplateKind.REPEATED : null;
        }
        if (kind == null && settings.enabled(BoilerplateKind.NAVIGATION)
                && LineShape.linkPair(line, shape)) {
            kind = BoilerplateKind.NAVIGATION;
            lexicon = Phrase.WEAK;
        }
        if (kind == null && settings.enabled(BoilerplateKind.APPEAL) && appeals(line, shape)) {
            // No phrase, but the line speaks to the reader or for the site: a weak cue that
            // shape, place and being off the story must confirm.
            kind = BoilerplateKind.APPEAL;
        }
        return new LineEvidence(kind, lexicon, cues > 1, repetition, shape, email, url,
                bareLink, copyright, heading(kind, best, shape),
                shape.words().size() <= CREDIT_WORDS && LinkLists.linkShaped(shape)
                        && credits.isCredit(line, shape),
                Prices.isTag(line));
    }

    /**
     * Whether recurrence may count for this line. Short lines, menus and lines speaking to the
     * reader recur as chrome does. Third-person prose (long, or reporting who said it: a quote,
     * a wire story's lead) needs a strong phrase, not a mere lexicon word; a shorter
     * third-person sentence ("This story is for subscribers.") and a headline-shaped line (a
     * title, a caption) need some cue. So most prose lines need no look-up.
     */
    private static boolean repetitionCounts(LineShape shape, int lexicon, boolean cue,
            boolean chromeSignal) {
        if (shape.sentence() && !shape.addressesReader()) {
            return shape.proseShaped() || shape.reported() ? lexicon >= Phrase.STRONG
                    : cue || chromeSignal;
        }
        return !shape.headline() || cue || chromeSignal;
    }

    /** A phrase of a switched-off kind matches at least as strongly as any other. */
    private boolean claimedByDisabledKind(List<String> words, int lexicon) {
        for (PhraseMatcher.Match match : disabled.matches(words)) {
            if (match.phrase().weight() >= lexicon) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line speaks to the reader ({@code you}, {@code please}), opens with a call to act or
     * is the site speaking of itself, outside quoted or reported speech and not as an item of
     * the story's own list. Not a question (an interview's or an explainer's heading asks the
     * reader's questions), not a line with a price (the offers a deals story lists) and not
     * a paragraph: an author's own aside to the reader runs longer than a site's appeal.
     */
    private static boolean appeals(String line, LineShape shape) {
        return (shape.addressesReader() || shape.callToAction() || shape.siteVoice())
                && !shape.quoted() && !shape.reported() && !shape.bulleted()
                && !shape.question() && shape.words().size() <= APPEAL_WORDS
                && !Prices.mentioned(line);
    }

    /**
     * The line heads a list of links: a short related or navigation phrase that starts the
     * line ({@code More from the desk}, {@code Related stories}, {@code Tags:}), not a sentence.
     */
    private static boolean heading(BoilerplateKind kind, PhraseMatcher.Match best,
            LineShape shape) {
        return (kind == BoilerplateKind.RELATED || kind == BoilerplateKind.NAVIGATION)
                && best != null && best.start() == 0
                && shape.words().size() <= HEADING_WORDS && !shape.sentence()
                && !shape.endsWithStop();
    }

    /** The line is nothing but one web address. */
    private static boolean bare(String line) {
        String trimmed = line.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isWhitespace(trimmed.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Repetition repetition(String line, String outlet) {
        if (!settings.enabled(BoilerplateKind.REPEATED)
                || line.length() > CorpusProfile.MAX_COUNTED_LINE_LENGTH) {
            return Repetition.NONE;
        }
        long key = LineKey.of(line);
        // Recorded as the judgement, not the counts: a count that moves without changing it
        // does not make an incremental run check the document again.
        Repetition answer = EvidenceLog.quietly(() -> repetition(profile, settings, key, outlet));
        EvidenceLog.note(REPETITION, outlet + EvidenceLog.SEPARATOR + key, answer);
        return answer;
    }

    /** How widely the line with {@code key} of a document of {@code outlet} recurs. */
    static Repetition repetition(CorpusProfile profile, BoilerplateSettings settings, long key,
            String outlet) {
        int inCorpus = profile.lineStoryFrequency(key);
        if (inCorpus < settings.minRepeatDocuments()) {
            return Repetition.NONE;
        }
        if (inCorpus >= settings.minRepeatFraction() * profile.documentCount()) {
            return Repetition.WIDE;
        }
        int outletDocuments = profile.outletDocumentCount(outlet);
        if (outletDocuments == profile.documentCount()) {
            return Repetition.SOME;
        }
        int inOutlet = profile.lineStoryFrequency(outlet, key);
        if (inOutlet >= settings.minRepeatDocuments()
                && inOutlet >= settings.minRepeatFraction() * outletDocuments) {
            return Repetition.WIDE;
        }
        return Repetition.SOME;
    }
}
