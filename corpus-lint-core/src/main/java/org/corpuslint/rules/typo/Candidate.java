package org.corpuslint.rules.typo;

/**
 * A word that an unknown word may have been meant to be.
 *
 * @param word the candidate as written in the corpus or dictionary
 * @param corpusOccurrences how often the corpus uses it
 * @param known whether the dictionary or the vocabulary knows it
 * @param distance the edit distance from the written word (1 or 2)
 * @param kind for one edit, how typing-like it is
 */
record Candidate(String word, long corpusOccurrences, boolean known, int distance,
        EditDistance.Kind kind) {

    /** A slip of the keys rather than another spelling of a name. */
    boolean typingSlip() {
        return distance == 1 && kind != EditDistance.Kind.OTHER;
    }

    /** Whether one of {@code candidates} is {@code word}: a loop, for the per-word path. */
    static boolean anyNamed(java.util.List<Candidate> candidates, String word) {
        for (Candidate c : candidates) {
            if (c.word().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Two letters swapped, or a doubled letter lost or added: the commonest slips of the keys. */
    boolean strongSlip() {
        return distance == 1 && (kind == EditDistance.Kind.TRANSPOSITION
                || kind == EditDistance.Kind.DOUBLING);
    }
}
