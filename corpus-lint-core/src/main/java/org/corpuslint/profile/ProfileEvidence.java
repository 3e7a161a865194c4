package org.corpuslint.profile;

import java.util.Optional;

/**
 * The evidence a {@link CorpusProfile} gives (see {@link EvidenceLog}): the names of its
 * queries, and each query answered again against another profile, so that an incremental run
 * can tell which recorded answers changed.
 */
public final class ProfileEvidence {

    /** Every profile query's source name starts with this. */
    public static final String PREFIX = "profile.";
    static final String DOCUMENTS = PREFIX + "documents";
    static final String OUTLET_DOCUMENTS = PREFIX + "outletDocuments";
    static final String OCCURRENCES = PREFIX + "occurrences";
    static final String DOCUMENT_FREQUENCY = PREFIX + "documentFrequency";
    static final String PAIR = PREFIX + "pair";
    static final String LINE_DOCUMENTS = PREFIX + "lineDocuments";
    static final String OUTLET_LINE_DOCUMENTS = PREFIX + "outletLineDocuments";
    static final String LINE_STORIES = PREFIX + "lineStories";
    static final String OUTLET_LINE_STORIES = PREFIX + "outletLineStories";
    /**
     * A whole statistic was read while checking (a rule iterating all words): no single answer
     * stands for it, so an incremental run treats it as changed whenever the corpus changed.
     */
    public static final String WHOLE = PREFIX + "whole";

    private ProfileEvidence() {}

    static String outletKey(String outlet, long lineKey) {
        return outlet + EvidenceLog.SEPARATOR + lineKey;
    }

    /**
     * Whether the answer to the query {@code source}/{@code key} can differ after
     * {@code changes}: false only when the keys it reads did not move.
     */
    public static boolean mayHaveChanged(String source, String key, StatisticChanges changes) {
        return switch (source) {
            case DOCUMENTS -> changes.documentsMoved();
            case OUTLET_DOCUMENTS -> changes.outletMoved(key);
            case OCCURRENCES, DOCUMENT_FREQUENCY -> changes.words().contains(key);
            case PAIR -> changes.pairMoved(key);
            case LINE_DOCUMENTS, LINE_STORIES -> changes.lineMoved(Long.parseLong(key));
            case OUTLET_LINE_DOCUMENTS, OUTLET_LINE_STORIES -> changes.lineMoved(
                    Long.parseLong(key.substring(key.lastIndexOf(EvidenceLog.SEPARATOR) + 1)));
            default -> true;
        };
    }

    /**
     * The answer {@code profile} gives now to the query {@code source}/{@code key}, as
     * {@link EvidenceLog#hash} hashes it; empty for a query it cannot answer again
     * ({@link #WHOLE}, or a source it does not know).
     */
    public static Optional<Long> answer(CorpusProfile profile, String source, String key) {
        Object answer = switch (source) {
            case DOCUMENTS -> profile.documentCount();
            case OUTLET_DOCUMENTS -> profile.outletDocumentCount(key);
            case OCCURRENCES -> profile.occurrences(key);
            case DOCUMENT_FREQUENCY -> profile.documentFrequency(key);
            case PAIR -> {
                int space = key.indexOf(' ');
                yield profile.pairOccurrences(key.substring(0, space), key.substring(space + 1));
            }
            case LINE_DOCUMENTS -> profile.lineDocumentFrequency(Long.parseLong(key));
            case LINE_STORIES -> profile.lineStoryFrequency(Long.parseLong(key));
            case OUTLET_LINE_DOCUMENTS -> {
                int at = key.lastIndexOf(EvidenceLog.SEPARATOR);
                yield profile.lineDocumentFrequency(key.substring(0, at),
                        Long.parseLong(key.substring(at + 1)));
            }
            case OUTLET_LINE_STORIES -> {
                int at = key.lastIndexOf(EvidenceLog.SEPARATOR);
                yield profile.lineStoryFrequency(key.substring(0, at),
                        Long.parseLong(key.substring(at + 1)));
            }
            default -> null;
        };
        return answer == null ? Optional.empty() : Optional.of(EvidenceLog.hash(answer));
    }
}
