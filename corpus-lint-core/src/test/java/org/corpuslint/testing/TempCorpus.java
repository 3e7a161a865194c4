package org.corpuslint.testing;

import java.nio.file.Path;

/**
 * The project's tests' name for {@link org.corpuslint.testkit.TempCorpus}, which is published
 * in the test kit; this only narrows the fluent return types.
 */
public final class TempCorpus extends org.corpuslint.testkit.TempCorpus {

    public TempCorpus(Path root) {
        super(root);
    }

    @Override
    public TempCorpus file(String relative, String text) {
        super.file(relative, text);
        return this;
    }

    @Override
    public TempCorpus bytes(String relative, byte[] content) {
        super.bytes(relative, content);
        return this;
    }
}
