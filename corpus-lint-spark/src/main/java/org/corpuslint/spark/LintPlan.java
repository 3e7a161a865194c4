package org.corpuslint.spark;

import java.io.Serializable;
import org.corpuslint.profile.CorpusProfile;

/** What every worker needs to lint: the settings and the merged corpus statistics. */
record LintPlan(ConfigSource config, CorpusProfile profile) implements Serializable {}
