package org.corpuslint.rule;

import java.util.List;
import org.corpuslint.profile.DuplicateCluster;

/**
 * A rule that groups documents once per run (duplicate copies) besides reporting findings: the
 * engine hands the groups to the reports, so a pipeline can act on a whole group at once.
 */
public interface ClusterSource {

    /** The groups found when the rule was prepared, by the canonical copy's path. */
    List<DuplicateCluster> clusters();
}
