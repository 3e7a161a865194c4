package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.corpuslint.engine.LintSession;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.CorpusStatistic;
import org.corpuslint.profile.DocumentSignature;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.profile.MinHashSignature;

/**
 * The corpus statistics, counted as the single-JVM engine counts them but per partition: each
 * partition fills an empty profile with the statistics the enabled rules declare, and the
 * partial profiles are merged in a tree (every statistic is mergeable, so the result does not
 * depend on the split). Only the profiles travel, never the texts.
 *
 * <p>Duplicate signatures, one per document, are the exception: they stay in the partitions
 * where they are computed (in the same pass), are clustered there
 * ({@link DistributedDuplicates}), and only the clusters join the merged profile.
 */
final class DistributedProfile {

    private DistributedProfile() {}

    static CorpusProfile count(JavaSparkContext context, JavaRDD<CorpusRecord> records,
            ConfigSource config, PhaseTimes times) {
        CorpusProfile empty = LintSession.emptyProfile(config.config());
        if (!empty.counts(DuplicateSignatures.STATISTIC)) {
            CorpusProfile merged = records.treeAggregate(empty,
                    (profile, record) -> {
                        record.documents(config.config(), profile::add);
                        return profile;
                    },
                    CorpusProfile::merge, 2);
            times.done("statistics");
            return merged;
        }
        List<CorpusStatistic<?>> others = new ArrayList<>(empty.statistics());
        others.remove(DuplicateSignatures.STATISTIC);
        CorpusProfile emptyOthers = new CorpusProfile(others); // travels in its serialized form
        JavaRDD<Counted> counted = records.mapPartitions(partition -> {
            CorpusProfile profile = new CorpusProfile(emptyOthers.statistics());
            List<Counted> out = new ArrayList<>();
            while (partition.hasNext()) {
                partition.next().documents(config.config(), document -> {
                    profile.add(document);
                    out.add(new Counted(null, MinHashSignature.of(document)));
                });
            }
            out.add(new Counted(profile, null));
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            CorpusProfile merged = counted.treeAggregate(emptyOthers,
                    (profile, part) -> part.profile() == null ? profile
                            : profile.merge(part.profile()),
                    CorpusProfile::merge, 2);
            times.done("statistics");
            JavaRDD<DocumentSignature> signatures = counted
                    .filter(part -> part.signature() != null).map(Counted::signature);
            merged.with(DuplicateSignatures.STATISTIC, DistributedDuplicates.cluster(
                    context, signatures, DuplicateThresholds.of(config.config())));
            times.done("duplicate clusters");
            return merged;
        } finally {
            counted.unpersist(false);
        }
    }

    /** A partition's profile, or one document's signature. */
    record Counted(CorpusProfile profile, DocumentSignature signature)
            implements java.io.Serializable {}
}
