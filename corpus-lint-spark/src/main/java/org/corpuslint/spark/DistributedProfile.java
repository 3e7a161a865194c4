package org.corpuslint.spark;

import org.apache.spark.api.java.JavaRDD;
import org.corpuslint.engine.LintSession;
import org.corpuslint.profile.CorpusProfile;

/**
 * The corpus statistics, counted as the single-JVM engine counts them but per partition: each
 * partition fills an empty profile with the statistics the enabled rules declare, and the
 * partial profiles are merged in a tree (every statistic is mergeable, so the result does not
 * depend on the split). Only the profiles travel, never the texts.
 */
final class DistributedProfile {

    private DistributedProfile() {}

    static CorpusProfile count(JavaRDD<CorpusRecord> records, ConfigSource config) {
        CorpusProfile empty = LintSession.emptyProfile(config.config());
        return records.treeAggregate(empty,
                (profile, record) -> {
                    record.documents(config.config(), profile::add);
                    return profile;
                },
                CorpusProfile::merge, 2);
    }
}
