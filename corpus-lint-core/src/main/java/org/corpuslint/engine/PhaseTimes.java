package org.corpuslint.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How long each phase of an incremental run took, told as one notice when the system property
 * {@code corpuslint.cache.timings} is {@code true}: for measuring where a cached run's time goes.
 */
final class PhaseTimes {

    static final boolean ENABLED = Boolean.getBoolean("corpuslint.cache.timings");

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String current;
    private long since;

    void start(String phase) {
        if (!ENABLED) {
            return;
        }
        stop();
        current = phase;
        since = System.nanoTime();
    }

    private void stop() {
        if (current != null) {
            nanos.merge(current, System.nanoTime() - since, Long::sum);
            current = null;
        }
    }

    void end(Consumer<String> notices) {
        if (!ENABLED) {
            return;
        }
        stop();
        StringBuilder line = new StringBuilder("cache timings:");
        nanos.forEach((phase, n) -> line.append(String.format(Locale.ROOT, " %s %.2f s,",
                phase, n / 1e9)));
        line.setLength(line.length() - 1);
        notices.accept(line.toString());
    }
}
