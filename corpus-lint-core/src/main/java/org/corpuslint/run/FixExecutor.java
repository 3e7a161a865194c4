package org.corpuslint.run;

import java.util.function.Consumer;
import org.corpuslint.fix.CorpusFixer;
import org.corpuslint.fix.FileFix;
import org.corpuslint.fix.FixOutcome;

/** Runs a {@code fix} the way every front end does it; front ends only translate and print. */
public final class FixExecutor {

    /**
     * Lints, then applies (or in a dry run, diffs) the chosen fixes file by file, handing each
     * file's outcome to {@code each} as soon as it is done, so no diff is kept for the corpus.
     */
    public FixOutcome execute(FixRequest request, Consumer<FileFix> each) {
        return new CorpusFixer(request.target().config(), request.options())
                .fix(request.target().open(), each);
    }
}
