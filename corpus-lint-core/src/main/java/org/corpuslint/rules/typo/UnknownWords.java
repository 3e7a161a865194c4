package org.corpuslint.rules.typo;

import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;

/**
 * Judges a word neither the dictionary nor the vocabulary knows, handing it to
 * {@link NameSlips} or {@link LowerCaseSlips} by its form and place: a capitalised word is a
 * name unless it merely starts a sentence and reads as a slip of a common word.
 */
final class UnknownWords {

    private final Lexicon lexicon;
    private final TypoThresholds t;
    private final boolean reportUnknown;
    private final NameSlips names;
    private final LowerCaseSlips lowerCase;
    private final ContractionWithoutApostrophe contractions;
    private final ContractionSlips contractionSlips;

    UnknownWords(Lexicon lexicon, CorpusProfile profile, boolean reportUnknown,
            TypoThresholds thresholds, NeighbourPairs neighbourPairs) {
        this.lexicon = lexicon;
        this.t = thresholds;
        this.reportUnknown = reportUnknown;
        this.names = new NameSlips(lexicon, profile, thresholds);
        this.lowerCase = new LowerCaseSlips(lexicon, thresholds, reportUnknown,
                neighbourPairs);
        this.contractions = new ContractionWithoutApostrophe(profile, thresholds);
        this.contractionSlips = new ContractionSlips(profile, thresholds);
    }

    /**
     * @param titleCase the token stands in a line of capitalised words (a headline, a team
     *     line-up), where a name one slip from another is as often another person
     */
    Optional<TypoFinding> judge(DocumentWords doc, int i, boolean sentenceStart,
            boolean titleCase) {
        Token token = doc.tokens().get(i);
        String word = doc.base(i);
        int end = token.start() + word.length();
        CorpusWords corpus = lexicon.corpus();
        boolean consistent = (corpus.documents(word) >= t.consistentDocuments()
                || corpus.occurrences(word) >= t.consistentOccurrences())
                && !recurringSlip(word);
        if (ForeignPhrases.beside(doc, i)) {
            return Optional.empty();
        }
        if (WordForm.isLowerCase(word)) {
            return consistent || acronymPlural(word) || quotedSlang(doc, token, word)
                    || droppedG(doc, token, word)
                    || droppedH(doc, token, word) || NonWordRuns.among(doc, i, lexicon)
                    ? Optional.empty()
                    : lowerCase.judge(doc, i, token.start(), end, word, false);
        }
        Optional<TypoFinding> name = consistent || word.length() < t.minNameLength()
                ? Optional.empty() : names.judge(doc, i, token.start(), end, word, titleCase);
        if (name.isEmpty() && !consistent) {
            name = contractions.find(token.start(), end, word);
        }
        if (name.isEmpty() && !consistent && !lexicon.isPersonalName(word)) {
            // The whole token: a contraction in 's (Thre's) has its ending cut off the base form.
            name = contractionSlips.find(token.start(), token.end(),
                    token.text().replace('\u2019', '\''), corpus.occurrences(word));
        }
        // Before another capitalised word it starts a full name (Platon Lebedev), not a sentence.
        if (name.isEmpty() && sentenceStart && !consistent && FullNames.pairNeighbour(doc, i, 1) == null
                && isLowerCaseWordAtStart(word)) {
            name = lowerCase.judge(doc, i, token.start(), end, word, true);
        }
        if (name.isEmpty() && !consistent && word.length() >= t.minNameLength()) {
            name = names.capitalisedCommonWord(doc, i, token.start(), end, word, titleCase);
        }
        if (name.isPresent() || !reportUnknown) {
            return name;
        }
        return Optional.of(new TypoFinding(token.start(), end, Severity.INFO,
                "'" + word + "' is not in the dictionary and has no close variant in the corpus;"
                        + " a new name?"));
    }

    /**
     * {@code beng} in several articles of a corpus that writes {@code being} hundreds of times:
     * the same slip of a common word made again, not a word of the corpus's own.
     */
    private boolean recurringSlip(String word) {
        if (!WordForm.isLowerCase(word) || word.length() < t.minLowerCaseLength()) {
            return false;
        }
        long uses = lexicon.corpus().occurrences(word);
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && c.typingSlip() && WordForm.isLowerCase(c.word())
                    && lexicon.frequency(c.word()) >= t.commonFrequency()
                    && c.corpusOccurrences() >= t.recurringSlipRatio() * uses) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code sims}, {@code roms}: the plural of an acronym the corpus writes (SIM, ROM), put in
     * lower case; not a misspelling of a word one letter away.
     */
    private boolean acronymPlural(String word) {
        if (word.length() < 3 || word.charAt(word.length() - 1) != 's') {
            return false;
        }
        String acronym = word.substring(0, word.length() - 1).toUpperCase(java.util.Locale.ROOT);
        return lexicon.corpus().occurrences(acronym) >= t.consistentOccurrences();
    }

    /** {@code lovin'}, {@code nothin'}: the g dropped as it is spoken, marked by an apostrophe. */
    private boolean droppedG(DocumentWords doc, Token token, String word) {
        int after = token.start() + word.length();
        char next = after < doc.text().length() ? doc.text().charAt(after) : ' ';
        return (next == '\'' || next == '\u2019') && word.endsWith("in")
                && lexicon.isKnown(word + "g");
    }

    /** {@code 'ave}, {@code 'ello}: the h dropped as it is spoken, marked by an apostrophe. */
    private boolean droppedH(DocumentWords doc, Token token, String word) {
        int before = token.start() - 1;
        char previous = before >= 0 ? doc.text().charAt(before) : ' ';
        return (previous == '\'' || previous == '\u2019') && lexicon.isKnown("h" + word);
    }

    /**
     * A short word alone in quotation marks ({@code trying to 'frag' someone}) is slang or
     * jargon mentioned as a term; a longer one is more often a word quoted from a speaker.
     */
    private boolean quotedSlang(DocumentWords doc, Token token, String word) {
        return word.length() <= t.shortWord() && TokenContext.quotedAlone(doc.text(), token);
    }

    /**
     * {@code Recieve} at the start of a sentence is judged as the word {@code recieve} only when
     * a common word is one slip of the keys away; otherwise it is taken for a name.
     */
    private boolean isLowerCaseWordAtStart(String word) {
        String lower = WordForm.decapitalize(word);
        if (!WordForm.isLowerCase(lower) || lower.length() < t.minLowerCaseLength()) {
            return false;
        }
        // Written once, on no name list: any slip of the keys on a common word the corpus
        // uses often (a quote opening with Thwse or Basidally) is no name of its own.
        boolean once = lexicon.corpus().occurrences(word) <= 1 && !lexicon.isPersonalName(word);
        for (Candidate c : lexicon.candidates(lower, true)) {
            if (c.known() && lexicon.frequency(c.word()) >= t.commonFrequency()
                    && ((c.strongSlip() && c.corpusOccurrences() > 0)
                            || (once && c.typingSlip() && c.word().charAt(0) == lower.charAt(0)
                                    && c.corpusOccurrences() >= t.commonInCorpus()))) {
                return true;
            }
        }
        return false;
    }

    static String times(long n) {
        return n == 1 ? "once" : n + " times";
    }
}
