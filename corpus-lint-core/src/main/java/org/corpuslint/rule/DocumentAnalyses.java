package org.corpuslint.rule;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corpuslint.document.Document;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;
import org.corpuslint.text.damage.TextDamage;
import org.corpuslint.text.language.ForeignRun;
import org.corpuslint.text.language.ForeignRuns;

/**
 * The analyses of one document computed so far, shared by every rule that checks it. Created
 * per document and used by the one thread that checks it, so it needs no locking; it is dropped
 * with the document's findings, so nothing outlives the check.
 */
public final class DocumentAnalyses {

    /** The document's words ({@link WordTokenizer}), in text order. */
    public static final DocumentAnalysis<List<Token>> WORD_TOKENS =
            document -> Collections.unmodifiableList(WordTokenizer.tokenize(document.text()));

    /**
     * The document's encoding damage ({@link TextDamage}): reported by the encoding rule, and
     * the words it damaged skipped by rules that would report them again as something else.
     */
    public static final DocumentAnalysis<TextDamage> TEXT_DAMAGE = new DocumentAnalysis<>() {
        @Override
        public TextDamage compute(Document document) {
            return TextDamage.scan(document.text());
        }

        @Override
        public TextDamage compute(DocumentAnalyses analyses) {
            return TextDamage.scan(analyses.document().text(), () -> analyses.get(WORD_TOKENS));
        }
    };

    /**
     * The runs of paragraphs not in English, judged with the language rule's default settings
     * (so that rule shares the result when it runs with them): the spelling rule, whose
     * dictionary is English, skips them.
     */
    public static final DocumentAnalysis<List<ForeignRun>> NOT_ENGLISH =
            foreignRuns(new ForeignRuns("en", 8, 0.9));

    /** The runs of paragraphs not in {@code settings}' language; equal settings share one. */
    public static DocumentAnalysis<List<ForeignRun>> foreignRuns(ForeignRuns settings) {
        return new ForeignRunsAnalysis(settings);
    }

    /**
     * Equal when the settings are equal, so that rules asking with equal settings share one
     * result. A class, not a record, to keep its hash: a record's is worked out from the
     * settings' fields at every look-up, and every rule asks every document.
     */
    private static final class ForeignRunsAnalysis implements DocumentAnalysis<List<ForeignRun>> {
        private final ForeignRuns settings;
        private final int hash;

        ForeignRunsAnalysis(ForeignRuns settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.hash = settings.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ForeignRunsAnalysis that && settings.equals(that.settings);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public List<ForeignRun> compute(Document document) {
            if (document.firstBodyLine() > document.lineCount()) {
                return List.of(); // a header and nothing else
            }
            return settings.find(document.text(),
                    document.lineMap().lineStart(document.firstBodyLine()));
        }

        @Override
        public List<ForeignRun> compute(DocumentAnalyses analyses) {
            Document document = analyses.document();
            if (document.firstBodyLine() > document.lineCount()) {
                return List.of(); // a header and nothing else
            }
            return settings.find(document.text(),
                    document.lineMap().lineStart(document.firstBodyLine()),
                    analyses.get(WORD_TOKENS));
        }
    }

    private final Document document;
    private final Map<DocumentAnalysis<?>, Object> results = new HashMap<>();

    public DocumentAnalyses(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public Document document() {
        return document;
    }

    /** The result of {@code analysis} for this document, computed on the first request. */
    @SuppressWarnings("unchecked")
    public <T> T get(DocumentAnalysis<T> analysis) {
        Object result = results.get(analysis);
        if (result == null) {
            // Not computeIfAbsent: an analysis may itself ask for another one.
            result = Objects.requireNonNull(analysis.compute(this), "analysis result");
            results.put(analysis, result);
        }
        return (T) result;
    }
}
