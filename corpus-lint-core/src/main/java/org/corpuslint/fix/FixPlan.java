package org.corpuslint.fix;

import java.nio.file.Path;
import java.util.Map;
import org.corpuslint.engine.DocumentChecker;
import org.corpuslint.engine.LintResult;
import org.corpuslint.profile.CorpusProfile;

/**
 * A lint whose fixes are about to be applied: the findings, the corpus profile (the session's
 * statistics) and the prepared rules they were found with, and a hash of the text of every document with a fix, so that {@link CorpusFixer#apply}
 * leaves alone a file that changed since.
 */
public final class FixPlan {

    private final Path corpusRoot;
    private final LintResult result;
    private final CorpusProfile profile;
    private final DocumentChecker checker;
    private final Map<String, String> textHashes;

    FixPlan(Path corpusRoot, LintResult result, CorpusProfile profile, DocumentChecker checker,
            Map<String, String> textHashes) {
        this.corpusRoot = corpusRoot;
        this.result = result;
        this.profile = profile;
        this.checker = checker;
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

    /** The rules the lint was run with, already prepared, to check edited documents again. */
    DocumentChecker checker() {
        return checker;
    }

    Map<String, String> textHashes() {
        return textHashes;
    }
}
