package org.corpuslint.text.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * Finds the runs of paragraphs not in the corpus language. Each paragraph long enough to judge
 * is identified on its own (unless its function words already show the corpus language);
 * neighbouring paragraphs identified as the same other language form one run (short lines
 * between them neither count nor break it), and the run's text is identified again as a whole
 * for the language and confidence reported.
 *
 * @param language the corpus language
 * @param minWords the prose words a paragraph needs to be judged
 * @param minConfidence the identifier's least probability for another language
 */
public record ForeignRuns(String language, int minWords, double minConfidence) {

    /**
     * The record's hash, written out: the generated one is linked on its first call by building
     * method handles over the fields (some 20 ms of a run's start, for one hash: the analysis
     * keeps it). Equal settings, equal hash, as {@link #equals} wants.
     */
    @Override
    public int hashCode() {
        return (Objects.hashCode(language) * 31 + minWords) * 31
                + Double.hashCode(minConfidence);
    }

    /** The record's equality (the components, a double by {@link Double#compare}), written out. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ForeignRuns that && Objects.equals(language, that.language)
                && minWords == that.minWords
                && Double.compare(minConfidence, that.minConfidence) == 0;
    }

    /** The runs of {@code text}'s body, which starts at {@code bodyStart}. */
    public List<ForeignRun> find(String text, int bodyStart) {
        return find(text, bodyStart, WordTokenizer.tokenize(text, bodyStart, text.length()));
    }

    /**
     * The same, given the words of the body ({@link WordTokenizer}, in text order; words before
     * {@code bodyStart} are ignored), so that a document tokenised once is not tokenised again.
     */
    public List<ForeignRun> find(String text, int bodyStart, List<Token> words) {
        List<Paragraph> paragraphs = Paragraph.of(text, bodyStart, minWords, language, words);
        List<ForeignRun> runs = new ArrayList<>();
        List<Paragraph> run = new ArrayList<>();
        String runLanguage = null;
        for (Paragraph paragraph : paragraphs) {
            Optional<LanguageGuess> guess = paragraph.plainlyInCorpusLanguage() ? Optional.empty()
                    : foreign(text(text, List.of(paragraph)));
            String code = guess.map(LanguageGuess::code).orElse(null);
            if (code == null || !code.equals(runLanguage)) {
                close(text, run, paragraphs.size(), runs);
                run.clear();
            }
            runLanguage = code;
            if (code != null) {
                run.add(paragraph);
            }
        }
        close(text, run, paragraphs.size(), runs);
        return List.copyOf(runs);
    }

    private void close(String text, List<Paragraph> run, int judged, List<ForeignRun> runs) {
        if (run.isEmpty()) {
            return;
        }
        foreign(text(text, run)).ifPresent(guess -> runs.add(new ForeignRun(run.get(0).start(),
                run.get(run.size() - 1).end(), run.size(), run.size() == judged, guess)));
    }

    /** The guess for {@code text} when it is confidently not in the corpus language. */
    private Optional<LanguageGuess> foreign(String text) {
        return LanguageIdentifier.shared().identifyOther(text, language, minConfidence);
    }

    private static String text(String text, List<Paragraph> run) {
        StringBuilder out = new StringBuilder();
        for (Paragraph p : run) {
            out.append(text, p.start(), p.end()).append('\n');
        }
        return out.toString();
    }
}
