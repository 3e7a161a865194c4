package org.corpuslint.profile;

/** How often a term occurs in the corpus, and in how many documents. Mutable while building. */
public final class TermStats implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private long occurrences;
    private int documents;

    public long occurrences() {
        return occurrences;
    }

    public int documents() {
        return documents;
    }

    void add(long moreOccurrences, int moreDocuments) {
        occurrences += moreOccurrences;
        documents += moreDocuments;
    }
}
