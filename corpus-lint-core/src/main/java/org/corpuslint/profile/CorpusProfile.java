package org.corpuslint.profile;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.text.LineKey;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * Corpus-wide statistics that rules need, computed once per run in a streaming pass: how often
 * each word (as written) and each pair of adjacent capitalised words occurs and in how many
 * documents, and in how many documents and in how many distinct stories ({@link StoryKey}: copies
 * of one article count once) each short line occurs, overall and per outlet folder.
 *
 * <p>Profiles are built per worker and {@linkplain #merge merged}; all statistics are sums or
 * bounded sets of the smallest story keys, so the result does not depend on how the documents
 * were split.
 */
public final class CorpusProfile {

    /** Lines longer than this are prose, never counted as repeated page chrome. */
    public static final int MAX_COUNTED_LINE_LENGTH = 500;

    private int documentCount;
    private final Map<String, TermStats> words = new HashMap<>();
    private final Map<String, TermStats> capitalizedPairs = new HashMap<>();
    private final Map<Long, LineRecurrence> lines = new HashMap<>();
    private final Map<String, Map<Long, LineRecurrence>> linesByOutlet = new HashMap<>();
    private final Map<String, Integer> outletDocuments = new HashMap<>();

    /** An empty profile. */
    public CorpusProfile() {}

    /** The profile of a single document. */
    public static CorpusProfile of(Document document) {
        CorpusProfile profile = new CorpusProfile();
        profile.add(document);
        return profile;
    }

    /** Adds one document's statistics. */
    public void add(Document document) {
        documentCount++;
        outletDocuments.merge(document.outlet(), 1, Integer::sum);
        countWords(document);
        countLines(document);
    }

    private void countWords(Document document) {
        List<Token> tokens = WordTokenizer.tokenize(document.text());
        Map<String, Integer> inDocument = new HashMap<>();
        Map<String, Integer> pairsInDocument = new HashMap<>();
        Token previous = null;
        for (Token token : tokens) {
            inDocument.merge(token.text(), 1, Integer::sum);
            if (previous != null && previous.isCapitalized() && token.isCapitalized()
                    && onlySpaceBetween(document.text(), previous.end(), token.start())) {
                pairsInDocument.merge(previous.text() + " " + token.text(), 1, Integer::sum);
            }
            previous = token;
        }
        inDocument.forEach((w, n) -> words.computeIfAbsent(w, k -> new TermStats()).add(n, 1));
        pairsInDocument.forEach(
                (p, n) -> capitalizedPairs.computeIfAbsent(p, k -> new TermStats()).add(n, 1));
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00A0';
    }

    private void countLines(Document document) {
        Set<Long> seen = new HashSet<>();
        for (int line = 1; line <= document.lineCount(); line++) {
            int length = document.lineMap().lineContentEnd(line) - document.lineMap().lineStart(line);
            if (length > MAX_COUNTED_LINE_LENGTH) {
                continue;
            }
            String text = document.line(line);
            if (!text.isBlank()) {
                seen.add(LineKey.of(text));
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        long story = StoryKey.of(document);
        Map<Long, LineRecurrence> outletLines =
                linesByOutlet.computeIfAbsent(document.outlet(), k -> new HashMap<>());
        for (Long key : seen) {
            lines.computeIfAbsent(key, k -> new LineRecurrence()).add(story);
            outletLines.computeIfAbsent(key, k -> new LineRecurrence()).add(story);
        }
    }

    /** Adds all of {@code other}'s statistics to this profile and returns this profile. */
    public CorpusProfile merge(CorpusProfile other) {
        documentCount += other.documentCount;
        other.outletDocuments.forEach((k, v) -> outletDocuments.merge(k, v, Integer::sum));
        mergeTerms(words, other.words);
        mergeTerms(capitalizedPairs, other.capitalizedPairs);
        mergeLines(lines, other.lines);
        other.linesByOutlet.forEach((outlet, theirs) ->
                mergeLines(linesByOutlet.computeIfAbsent(outlet, k -> new HashMap<>()), theirs));
        return this;
    }

    private static void mergeLines(Map<Long, LineRecurrence> into,
            Map<Long, LineRecurrence> from) {
        from.forEach((key, recurrence) ->
                into.computeIfAbsent(key, k -> new LineRecurrence()).merge(recurrence));
    }

    private static void mergeTerms(Map<String, TermStats> into, Map<String, TermStats> from) {
        from.forEach((term, stats) -> into.computeIfAbsent(term, k -> new TermStats())
                .add(stats.occurrences(), stats.documents()));
    }

    public int documentCount() {
        return documentCount;
    }

    /** Occurrences of {@code word} exactly as written (case-sensitive). */
    public long occurrences(String word) {
        TermStats stats = words.get(word);
        return stats == null ? 0 : stats.occurrences();
    }

    /** Number of documents containing {@code word} exactly as written. */
    public int documentFrequency(String word) {
        TermStats stats = words.get(word);
        return stats == null ? 0 : stats.documents();
    }

    /** Every word of the corpus as written, with its statistics. Read-only. */
    public Map<String, TermStats> words() {
        return Collections.unmodifiableMap(words);
    }

    /** Occurrences of two capitalised words side by side ({@code "Rodong", "Sinmun"}). */
    public long pairOccurrences(String first, String second) {
        TermStats stats = capitalizedPairs.get(first + " " + second);
        return stats == null ? 0 : stats.occurrences();
    }

    /** Every pair of adjacent capitalised words, keyed {@code "First Second"}. Read-only. */
    public Map<String, TermStats> capitalizedPairs() {
        return Collections.unmodifiableMap(capitalizedPairs);
    }

    /** In how many documents a line equal to {@code line} (see {@link LineKey}) occurs. */
    public int lineDocumentFrequency(CharSequence line) {
        return lineDocumentFrequency(LineKey.of(line));
    }

    /** The same, counting only documents of one outlet folder. */
    public int lineDocumentFrequency(String outlet, CharSequence line) {
        return lineDocumentFrequency(outlet, LineKey.of(line));
    }

    /** In how many documents a line with this {@link LineKey} occurs (hash a line once). */
    public int lineDocumentFrequency(long lineKey) {
        LineRecurrence recurrence = lines.get(lineKey);
        return recurrence == null ? 0 : recurrence.documents();
    }

    /** The same, counting only documents of one outlet folder. */
    public int lineDocumentFrequency(String outlet, long lineKey) {
        LineRecurrence recurrence = outletLines(outlet).get(lineKey);
        return recurrence == null ? 0 : recurrence.documents();
    }

    /**
     * In how many distinct stories a line with this {@link LineKey} occurs: documents that are
     * copies of one article ({@link StoryKey}) count once. Exact up to
     * {@value LineRecurrence#KEPT_STORIES}, estimated beyond.
     */
    public int lineStoryFrequency(long lineKey) {
        LineRecurrence recurrence = lines.get(lineKey);
        return recurrence == null ? 0 : recurrence.stories();
    }

    /** The same, counting only documents of one outlet folder. */
    public int lineStoryFrequency(String outlet, long lineKey) {
        LineRecurrence recurrence = outletLines(outlet).get(lineKey);
        return recurrence == null ? 0 : recurrence.stories();
    }

    /** {@link #lineStoryFrequency(long)} of a line's text. */
    public int lineStoryFrequency(CharSequence line) {
        return lineStoryFrequency(LineKey.of(line));
    }

    private Map<Long, LineRecurrence> outletLines(String outlet) {
        return linesByOutlet.getOrDefault(outlet, Map.of());
    }

    /** Number of documents in an outlet folder ({@code ""} for the corpus root). */
    public int outletDocumentCount(String outlet) {
        return outletDocuments.getOrDefault(outlet, 0);
    }
}
