package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Optional;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.profile.WordPairCounts;
import org.corpuslint.text.Token;

/**
 * Which reading of a misspelling the words beside it support, from the pairs of adjacent words
 * the whole corpus writes ({@link WordPairCounts}). {@code this monthe for} is months or month
 * on its letters; the corpus writes {@code this month} and {@code month for}, never
 * {@code this months}. Each reading is weighed
 * as a two-word language model weighs it, the chance of the reading after the left word times
 * that of the right word after the reading:
 *
 * <pre>fit(c) = P(c | left) · P(right | c) ∝ (n(left c) + μ·p(c)) · (n(c right) + μ·p(right)) / (n(c) + μ)</pre>
 *
 * with {@code n} the corpus's counts, {@code p} a word's share of the corpus and {@code μ}
 * ({@link #SMOOTHING}) the weight that keeps a pair never written from counting as nothing.
 * Both neighbours are needed: one side alone is mostly the frequency of the reading
 * ({@code to the} outnumbers {@code to this} whatever was meant).
 */
final class NeighbourPairs {

    /** Evidence query name ({@link EvidenceLog}): a pair's count, keyed {@code "left right"}. */
    static final String PAIR = TypoRule.ID + ".wordPair";

    /** No pairs counted: every reading fits alike, so context decides nothing. */
    static final NeighbourPairs NONE = new NeighbourPairs(null, null, TypoThresholds.DEFAULTS);

    private final WordPairCounts pairs;
    private final CorpusWords corpus;
    private final TypoThresholds t;
    /**
     * The weight of a reading's share of the corpus in the two-word model (Dirichlet
     * smoothing), in pairs: a pair never written counts as that many pairs' worth of the share,
     * so a frequent reading is unlikely beside a neighbour it never follows, not impossible.
     * Much more (100, 1000: tried on the tuned seeds) lets a reading's frequency outweigh the
     * few pairs a corpus of some hundred articles writes ({@code lower tham the}: than).
     */
    private static final double SMOOTHING = 10.0;
    /** The corpus's words counted, worked out at the first use ({@code -1} before). */
    private volatile long totalWords = -1;

    NeighbourPairs(WordPairCounts pairs, CorpusWords corpus, TypoThresholds thresholds) {
        this.pairs = pairs;
        this.corpus = corpus;
        this.t = thresholds;
    }

    /** The pairs {@code profile} counted, or none when it counted none. */
    static NeighbourPairs of(CorpusProfile profile, CorpusWords corpus,
            TypoThresholds thresholds) {
        return profile.counts(WordPairCounts.STATISTIC)
                ? new NeighbourPairs(profile.statistic(WordPairCounts.STATISTIC), corpus,
                        thresholds)
                : NONE;
    }

    /** How often the corpus writes {@code left right}, any case; recorded as evidence. */
    long count(String left, String right) {
        if (pairs == null) {
            return 0;
        }
        long answer = pairs.count(left, right);
        if (EvidenceLog.recording()) { // the key is built only for a recording
            EvidenceLog.note(PAIR, left + " " + right, answer);
        }
        return answer;
    }

    /** The words beside token {@code i} of {@code doc} with only a space between, or null. */
    static Neighbours of(DocumentWords doc, int i) {
        Token left = TokenContext.leftNeighbour(doc.text(), doc.tokens(), i);
        Token right = TokenContext.rightNeighbour(doc.text(), doc.tokens(), i);
        return new Neighbours(left == null ? null : left.text(),
                right == null ? null : right.text());
    }

    /** The words on either side of a misspelling; either may be null. */
    record Neighbours(String left, String right) {}

    /**
     * The reading of {@code readings} (the likeliest on its letters first) that the words
     * {@code around} support far better than every other, or empty. It must fit
     * {@code neighbourFitRatio} times better than each other reading, the corpus must write
     * it beside both neighbours ({@code neighbourPairUses} pairs in all), and it must be no
     * further in edits from the written word than the first reading, unless that one is a
     * word the corpus hardly uses and never beside these neighbours: the neighbours choose
     * among readings the letters leave close, they do not outvote a plain slip.
     */
    Optional<Candidate> supported(Neighbours around, List<Candidate> readings) {
        return supported(around, readings, 0);
    }

    /**
     * {@link #supported}, the first reading's pairs less {@code ownPairs} on each side: the
     * pairs the written word makes here, when the first reading is the word as written.
     */
    private Optional<Candidate> supported(Neighbours around, List<Candidate> readings,
            int ownPairs) {
        if (pairs == null || around.left() == null || around.right() == null
                || readings.isEmpty()) {
            return Optional.empty();
        }
        double rightShare = share(around.right());
        Candidate best = null;
        double bestFit = -1;
        double secondFit = -1;
        long bestLeft = 0;
        long bestRight = 0;
        long[] firstPairs = null;
        for (Candidate reading : readings) {
            long left = count(around.left(), reading.word());
            long right = count(reading.word(), around.right());
            if (firstPairs == null) {
                left = Math.max(0, left - ownPairs);
                right = Math.max(0, right - ownPairs);
                firstPairs = new long[] {left, right};
            }
            long uses = uses(reading.word());
            double fit = (left + SMOOTHING * share(uses)) * (right + SMOOTHING * rightShare)
                    / (uses + SMOOTHING);
            if (fit > bestFit) {
                secondFit = bestFit;
                bestFit = fit;
                best = reading;
                bestLeft = left;
                bestRight = right;
            } else if (fit > secondFit) {
                secondFit = fit;
            }
        }
        boolean standsOut = secondFit <= 0 || bestFit >= t.neighbourFitRatio() * secondFit;
        boolean besideBoth = bestLeft > 0 && bestRight > 0
                && bestLeft + bestRight >= t.neighbourPairUses();
        Candidate first = readings.get(0);
        boolean firstUnsupported = uses(first.word()) < t.commonInCorpus()
                && firstPairs[0] == 0 && firstPairs[1] == 0;
        boolean close = best.distance() <= first.distance() || firstUnsupported;
        return standsOut && besideBoth && close ? Optional.of(best) : Optional.empty();
    }

    /**
     * The reading of {@code readings} (the written word first, a dictionary word itself) that
     * the words {@code around} support far better than the written word and every other
     * reading, as {@link #supported} asks, when the corpus never writes the written word
     * beside either neighbour; or empty.
     */
    Optional<Candidate> supportedOverTheWritten(Neighbours around, List<Candidate> readings) {
        // The written word's own pairs here are counted too: written once, it makes one each.
        if (pairs == null || around.left() == null || around.right() == null
                || count(around.left(), readings.get(0).word()) > 1
                || count(readings.get(0).word(), around.right()) > 1) {
            return Optional.empty();
        }
        return supported(around, readings, 1).filter(c -> c != readings.get(0));
    }

    /** How often the corpus writes {@code word}, in lower case or capitalised. */
    private long uses(String word) {
        return corpus.occurrencesInEitherCase(word.toLowerCase(java.util.Locale.ROOT));
    }

    private double share(String word) {
        return share(uses(word));
    }

    /** A word's share of the corpus's words, never zero. */
    private double share(long uses) {
        return (uses + 0.5) / (totalWords() + 1.0);
    }

    private long totalWords() {
        long total = totalWords;
        if (total < 0) {
            total = 0;
            WordTable table = corpus.table();
            for (int id = 0; id < table.size(); id++) {
                total += table.occurrencesOfId(id);
            }
            totalWords = total;
        }
        return total;
    }
}
