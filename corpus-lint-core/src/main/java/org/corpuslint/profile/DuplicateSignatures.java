package org.corpuslint.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.corpuslint.document.Document;

/**
 * The {@link DocumentSignature} of every document, for finding duplicate documents once per
 * run ({@link DuplicateClusters}). A signature is about 300 bytes, so a million documents need
 * some 300 MB less than their text; merging is concatenation, and the clusters are computed
 * from the signatures in path order, so they do not depend on how the corpus was split.
 */
public final class DuplicateSignatures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The statistic, for a rule's metadata. */
    public static final CorpusStatistic<DuplicateSignatures> STATISTIC = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "duplicate signatures";
        }

        @Override
        public DuplicateSignatures empty() {
            return new DuplicateSignatures();
        }

        @Override
        public void add(DuplicateSignatures signatures, Document document) {
            signatures.signatures.add(MinHashSignature.of(document));
        }

        @Override
        public void merge(DuplicateSignatures into, DuplicateSignatures from) {
            into.signatures.addAll(from.signatures);
        }
    };

    private final List<DocumentSignature> signatures = new ArrayList<>();

    private DuplicateSignatures() {}

    /** Every signature counted, sorted by path: the same whatever the split. Read-only. */
    public List<DocumentSignature> inPathOrder() {
        List<DocumentSignature> sorted = new ArrayList<>(signatures);
        sorted.sort(Comparator.comparing(DocumentSignature::path));
        return Collections.unmodifiableList(sorted);
    }

    /** Counts one signature (for {@link ExactStatistics}). */
    void addSignature(DocumentSignature signature) {
        signatures.add(signature);
    }

    /** Number of documents counted. */
    public int size() {
        return signatures.size();
    }
}
