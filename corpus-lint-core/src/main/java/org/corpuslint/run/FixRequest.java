package org.corpuslint.run;

import java.util.Objects;
import org.corpuslint.fix.FixOptions;

/**
 * One {@code fix} as a build tool asks for it.
 *
 * @param target the corpus and its lint configuration
 * @param options which fixes to apply, dry run, patch file
 */
public record FixRequest(LintTarget target, FixOptions options) {

    public FixRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
    }
}
