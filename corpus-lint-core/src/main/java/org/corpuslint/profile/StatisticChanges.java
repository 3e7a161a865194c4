package org.corpuslint.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which keys of the corpus statistics an incremental run found counted otherwise than in its
 * cache: the words, capitalised pairs and lines whose counts moved, the outlets whose document
 * counts moved, whether the document count did, the duplicate signatures that moved. A recorded query about none of them has its
 * old answer ({@link ProfileEvidence#mayHaveChanged}); rules judge their own queries
 * ({@code EvidenceSource}).
 */
public final class StatisticChanges {

    private final Set<String> words = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();
    private final Set<Long> lines = new HashSet<>();
    private final Set<String> outlets = new HashSet<>();
    private boolean documents;
    private final List<DocumentSignature> signaturesBefore = new ArrayList<>();
    private final List<DocumentSignature> signaturesAfter = new ArrayList<>();

    void word(String word) {
        words.add(word);
    }

    void pair(String pair) {
        pairs.add(pair);
    }

    void line(long line) {
        lines.add(line);
    }

    void outlet(String outlet) {
        outlets.add(outlet);
    }

    void documents() {
        documents = true;
    }

    /** A document's duplicate signature moved: {@code before} or {@code after} may be null. */
    void signature(DocumentSignature before, DocumentSignature after) {
        if (before != null) {
            signaturesBefore.add(before);
        }
        if (after != null) {
            signaturesAfter.add(after);
        }
    }

    /** The old signatures of the documents whose signatures moved or that were removed. */
    List<DocumentSignature> signaturesBefore() {
        return signaturesBefore;
    }

    /** The new signatures of the documents whose signatures moved or that were added. */
    List<DocumentSignature> signaturesAfter() {
        return signaturesAfter;
    }

    /** The words (as counted, case and possessive kept) whose counts moved. Read-only. */
    public Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    public boolean pairMoved(String pair) {
        return pairs.contains(pair);
    }

    public boolean lineMoved(long line) {
        return lines.contains(line);
    }

    public boolean outletMoved(String outlet) {
        return outlets.contains(outlet);
    }

    public boolean documentsMoved() {
        return documents;
    }
}
