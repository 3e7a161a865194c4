package org.corpuslint.profile;

import org.corpuslint.document.Document;
import org.corpuslint.text.WordSpans;

/**
 * A built-in statistic that counts a document's words: the profile finds them once
 * ({@link WordSpans}) and hands them to every such statistic, instead of each tokenising the
 * document again. Counting a document alone finds its words first.
 *
 * @param <A> the accumulator
 */
abstract class WordStatistic<A> implements CorpusStatistic<A> {

    @Override
    public final void add(A accumulator, Document document) {
        add(accumulator, document, WordSpans.of(document.text()));
    }

    /** Counts one document given its words; the same counts as {@link #add(Object, Document)}. */
    abstract void add(A accumulator, Document document, WordSpans words);
}
