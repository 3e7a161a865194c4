package org.corpuslint.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of the job's phases, as the driver sees them. */
final class PhaseTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void done(String phase) {
        long now = System.nanoTime();
        millis.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    Map<String, Long> millis() {
        return Collections.unmodifiableMap(millis);
    }
}
