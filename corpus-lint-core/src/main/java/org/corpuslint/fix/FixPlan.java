package org.corpuslint.fix;

import java.nio.file.Path;
import java.util.Map;
import org.corpuslint.engine.LintResult;
import org.corpuslint.profile.CorpusProfile;

/**
 * A lint whose fixes are about to be applied: the findings, the corpus profile they were found
 * with, and a hash of the text of every document with a fix, so that {@link CorpusFixer#apply}
 * leaves alone a file that changed since.
 */
public final class FixPlan {

    private final Path corpusRoot;
    private final LintResult result;
    private final CorpusProfile profile;
    private final Map<String, String> textHashes;

    FixPlan(Path corpusRoot, LintResult result, CorpusProfile profile,
            Map<String, String> textHashes) {
        this.corpusRoot = corpusRoot;
        this.result = result;
        this.profile = profile;
        this.textHashes = Map.copyOf(textHashes);
    }

    public Path corpusRoot() {
        return corpusRoot;
    }

    /** The findings of the lint, fixable or not. */
    public LintResult result() {
        return result;
    }

    CorpusProfile profile() {
        return profile;
    }

    Map<String, String> textHashes() {
        return textHashes;
    }
}
