package org.corpuslint.rules.typo;

import org.corpuslint.profile.CorpusProfile;

/**
 * What makes a capitalised word a slip of {@code candidate}, and how strongly: 3 for the name
 * attested beside the same neighbour, 2 for a confident finding, 1 for a warning. The judges of
 * capitalised words each give one; the strongest wins.
 */
record NameEvidence(Candidate candidate, int strength, String reason)
        implements Comparable<NameEvidence> {

    /**
     * The strongest evidence: {@code c} attested in the corpus beside the word's own neighbour
     * ({@code left} before it or {@code right} after it; either may be null), as one name.
     */
    static NameEvidence besideNeighbour(CorpusProfile profile, Candidate c, String left,
            String right) {
        String name = c.word();
        if (left != null && profile.pairOccurrences(left, name) > 0) {
            return new NameEvidence(c, 3, "as in '" + left + " " + name + "', "
                    + UnknownWords.times(profile.pairOccurrences(left, name)) + " in the corpus");
        }
        if (right != null && profile.pairOccurrences(name, right) > 0) {
            return new NameEvidence(c, 3, "as in '" + name + " " + right + "', "
                    + UnknownWords.times(profile.pairOccurrences(name, right)) + " in the corpus");
        }
        return null;
    }

    /** The stronger of two, either may be null. */
    static NameEvidence stronger(NameEvidence a, NameEvidence b) {
        return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
    }

    @Override
    public int compareTo(NameEvidence o) {
        if (strength != o.strength) {
            return Integer.compare(strength, o.strength);
        }
        if (candidate.corpusOccurrences() != o.candidate.corpusOccurrences()) {
            return Long.compare(candidate.corpusOccurrences(), o.candidate.corpusOccurrences());
        }
        return o.candidate.word().compareTo(candidate.word());
    }
}
