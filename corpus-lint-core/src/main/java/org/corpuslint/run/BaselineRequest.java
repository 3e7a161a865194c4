package org.corpuslint.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code baseline} as a build tool asks for it.
 *
 * @param target the corpus and its lint configuration
 * @param baselineFile where the baseline is written
 * @param allowEmpty whether a run that lints no document may record an (empty) baseline; by
 *     default it fails ({@link EmptyRun})
 */
public record BaselineRequest(LintTarget target, Path baselineFile, boolean allowEmpty) {

    public BaselineRequest {
        Objects.requireNonNull(target, "target");
        baselineFile = Objects.requireNonNull(baselineFile, "baselineFile").toAbsolutePath()
                .normalize();
    }
}
