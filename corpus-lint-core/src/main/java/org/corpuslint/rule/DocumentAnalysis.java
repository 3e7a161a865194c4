package org.corpuslint.rule;

import org.corpuslint.document.Document;

/**
 * Something worked out from one document that several rules read: its word tokens, its photo
 * layout. A rule asks for it with {@link RuleContext#analysis}; the engine computes it at most
 * once per document and hands every rule that asks the same result. Analyses are keys: two
 * equal analyses share one result, so an analysis built from settings (the photo layout from the
 * configured agencies) must implement {@code equals} over those settings, and a stateless one
 * is a constant.
 *
 * <p>The result must not change once computed: rules only read it.
 */
@FunctionalInterface
public interface DocumentAnalysis<T> {

    /** Computes the analysis of {@code document}; called at most once per document and key. */
    T compute(Document document);

    /**
     * Computes the analysis of {@code analyses}' document, where it may build on the other
     * analyses of that document (the word tokens) instead of working them out again. By
     * default {@link #compute(Document)}.
     */
    default T compute(DocumentAnalyses analyses) {
        return compute(analyses.document());
    }
}
