package org.corpuslint.text.language;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.Util;
import com.optimaize.langdetect.ngram.NgramExtractor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Whether a text is confidently in another language than the corpus's, answered as the detector
 * would answer it, with less work. The detector ({@code LanguageDetectorImpl.detectBlockLongText}
 * of Optimaize 0.6, with the defaults {@link ProfileDetectors} builds it with) averages seven
 * trials, each a random walk over the text's grams until one language passes 0.99999; this
 * replays those trials step for step (same random sequence, same arithmetic, so the same
 * probabilities to the bit) and stops after a trial once no other language can reach the
 * confidence asked for, whatever the remaining trials give: a trial adds at most 1/7 to a
 * language. An English paragraph on an English corpus settles after its first trial, where the
 * detector would run seven. Texts the detector treats as short (50 characters or fewer after its
 * filters) are left to the detector itself.
 */
final class EarlyStoppingDetector {

    // The detector's constants and the builder's defaults, which ProfileDetectors keeps.
    private static final int TRIALS = 7;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGED = 0.99999;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int BASE_FREQ = 10000;
    private static final int SHORT_TEXT = 50;
    private static final double LISTED = 0.1;

    /**
     * The most one trial adds to a language's sum, times seven: a trial's probabilities are
     * normalised (at most 1) when it converges, and when it runs to the limit its last four
     * steps multiply them by at most 1 + alpha / 10000 each. Rounded up generously.
     */
    private static final double MOST_PER_TRIAL = 1.001;
    private static final double SLACK = 1e-9;

    private final NgramFrequencyData data;
    private final NgramExtractor grams;
    private final String[] codes;

    EarlyStoppingDetector(NgramFrequencyData data, NgramExtractor grams) {
        this.data = data;
        this.grams = grams;
        this.codes = data.getLanguageList().stream().map(Object::toString).toArray(String[]::new);
    }

    /** Whether the detector runs its trials on {@code text}: it is not short. */
    static boolean takesLongTextPath(CharSequence text) {
        return text.length() > SHORT_TEXT;
    }

    /**
     * The detector's guess for {@code text} (already through the identifier's text filters, and
     * {@linkplain #takesLongTextPath long}) when it names a language other than
     * {@code language} with at least {@code minConfidence}; empty otherwise, or when the
     * detector names none.
     */
    Optional<LanguageGuess> otherThan(CharSequence text, String language, double minConfidence) {
        List<String> ngrams = grams.extractGrams(text);
        if (ngrams.isEmpty()) {
            return Optional.empty();
        }
        boolean[] corpusLanguage = new boolean[codes.length];
        for (int j = 0; j < codes.length; j++) {
            corpusLanguage[j] = codes[j].equals(language) || codes[j].startsWith(language + "-");
        }
        double[] sums = new double[codes.length];
        Random random = new Random(ProfileDetectors.SEED);
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] probabilities = trial(ngrams, random);
            for (int j = 0; j < sums.length; j++) {
                sums[j] += probabilities[j] / TRIALS;
            }
            if (outOfReach(sums, TRIALS - 1 - trial, corpusLanguage, minConfidence)) {
                return Optional.empty();
            }
        }
        return top(sums).filter(g -> !g.is(language) && g.confidence() >= minConfidence);
    }

    private double[] trial(List<String> ngrams, Random random) {
        double[] probabilities = new double[codes.length];
        Arrays.fill(probabilities, 1.0 / codes.length);
        double alpha = ALPHA + random.nextGaussian() * ALPHA_WIDTH;
        double weight = alpha / BASE_FREQ;
        for (int i = 0; i < ITERATION_LIMIT; i++) {
            double[] gram = data.getProbabilities(ngrams.get(random.nextInt(ngrams.size())));
            if (gram != null) {
                for (int j = 0; j < probabilities.length; j++) {
                    probabilities[j] *= weight + gram[j];
                }
            }
            if (i % 5 == 0 && Util.normalizeProb(probabilities) > CONVERGED) {
                break;
            }
        }
        return probabilities;
    }

    /**
     * Whether no language but the corpus language can end with {@code minConfidence}, with
     * {@code trialsLeft} trials still to add. A NaN sum is never out of reach.
     */
    private static boolean outOfReach(double[] sums, int trialsLeft, boolean[] corpusLanguage,
            double minConfidence) {
        double most = trialsLeft * MOST_PER_TRIAL / TRIALS + SLACK;
        for (int j = 0; j < sums.length; j++) {
            if (!corpusLanguage[j] && !(sums[j] + most < minConfidence)) {
                return false;
            }
        }
        return true;
    }

    /** The detector's first-ranked language: the highest listed sum, the first on a tie. */
    private Optional<LanguageGuess> top(double[] sums) {
        int best = -1;
        for (int j = 0; j < sums.length; j++) {
            if (sums[j] >= LISTED && (best < 0 || Double.compare(sums[j], sums[best]) > 0)) {
                best = j;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new LanguageGuess(codes[best], sums[best]));
    }
}
