package org.corpuslint.text.language;

/**
 * A run of neighbouring paragraphs in one language other than the corpus language.
 *
 * @param start the offset of its first paragraph
 * @param end the offset after its last paragraph
 * @param paragraphs how many paragraphs it holds
 * @param wholeDocument whether it holds every paragraph that was judged
 * @param guess the language of the run's text as a whole, and the identifier's confidence
 */
public record ForeignRun(int start, int end, int paragraphs, boolean wholeDocument,
        LanguageGuess guess) {}
