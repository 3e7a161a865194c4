package org.corpuslint.run;

import java.nio.file.Path;
import java.util.Objects;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintSession;

/**
 * What every workflow (check, fix, baseline) lints: the corpus folder and the lint
 * configuration, the file's and the front end's settings already laid over each other.
 *
 * @param corpusRoot the corpus folder, absolute and normalised
 * @param config the lint configuration
 */
public record LintTarget(Path corpusRoot, LintConfig config) {

    public LintTarget {
        corpusRoot = Objects.requireNonNull(corpusRoot, "corpusRoot").toAbsolutePath().normalize();
        Objects.requireNonNull(config, "config");
    }

    /** A session over the corpus with the configuration: scanned, profiled, rules prepared. */
    public LintSession open() {
        return LintSession.open(corpusRoot, config);
    }

    /**
     * Whether {@code file} would be written inside the corpus, by its path or through a
     * symbolic link: front ends refuse such report, baseline and patch files.
     */
    public boolean wouldWriteInside(Path file) {
        return CorpusBoundary.wouldWriteInside(corpusRoot, file);
    }
}
