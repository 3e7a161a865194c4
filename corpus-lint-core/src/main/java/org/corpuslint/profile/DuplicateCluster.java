package org.corpuslint.profile;

import java.util.List;

/**
 * Documents that are copies of one another: the canonical copy to keep and the others.
 *
 * @param canonical the path of the copy to keep: the earliest dated, else the one with the
 *     fewest non-prose lines, else the first in path order
 * @param copies the other members, in path order
 */
public record DuplicateCluster(String canonical, List<Copy> copies)
        implements java.io.Serializable {

    public DuplicateCluster {
        copies = List.copyOf(copies);
    }

    /**
     * One non-canonical member.
     *
     * @param path its path
     * @param similarity the estimated Jaccard similarity of its word shingles to the canonical
     *     copy's (1 for an exact duplicate)
     * @param exact whether its text equals the canonical copy's after white-space normalisation
     */
    public record Copy(String path, double similarity, boolean exact)
            implements java.io.Serializable {}

    /** Number of documents in the cluster, the canonical copy included. */
    public int size() {
        return copies.size() + 1;
    }
}
