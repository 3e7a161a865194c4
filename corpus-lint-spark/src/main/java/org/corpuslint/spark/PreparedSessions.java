package org.corpuslint.spark;

import org.apache.spark.broadcast.Broadcast;
import org.corpuslint.engine.LintSession;

/**
 * The rules, prepared once per JVM (an executor runs many tasks, on several threads, one after
 * another): preparing loads word lists and builds the typo index, far too costly per task,
 * let alone per document. A session is thread-safe; the one of the current run is kept, keyed
 * by the broadcast plan object, which the JVM's block manager hands out once per broadcast.
 */
final class PreparedSessions {

    private static LintPlan plan;
    private static LintSession session;

    private PreparedSessions() {}

    static synchronized LintSession of(Broadcast<LintPlan> broadcast) {
        LintPlan value = broadcast.value();
        if (value != plan) {
            session = LintSession.prepared(value.config().config(), value.profile());
            plan = value;
        }
        return session;
    }
}
