package org.corpuslint.engine;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress for logs (CI, {@code mvn -B}, output to a file): one plain line every few seconds
 * with the documents done, the rate and, when the total is known, the share done and the time
 * left. Nothing is printed for a phase that ends before the first interval, so a small corpus
 * logs nothing; a phase that printed anything prints its last count when it ends.
 */
public final class BatchProgress implements ProgressListener {

    /** Seconds between two lines. */
    public static final int DEFAULT_INTERVAL_SECONDS = 5;

    private final Consumer<String> out;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private String phase;
    private long phaseStart;
    private long lastLine;
    private boolean printed;

    /** Lines to {@code out} every {@value #DEFAULT_INTERVAL_SECONDS} seconds. */
    public BatchProgress(Consumer<String> out) {
        this(out, DEFAULT_INTERVAL_SECONDS * 1_000_000_000L, System::nanoTime);
    }

    BatchProgress(Consumer<String> out, long intervalNanos, LongSupplier nanoClock) {
        this.out = out;
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void progress(String phaseName, int done, int total) {
        long now = nanoClock.getAsLong();
        if (!phaseName.equals(phase)) {
            phase = phaseName;
            phaseStart = now;
            lastLine = now;
            printed = false;
        }
        boolean finished = total > 0 && done >= total;
        if (finished ? printed : now - lastLine >= intervalNanos) {
            out.accept(line(done, total, now - phaseStart));
            lastLine = now;
            printed = !finished;
        }
    }

    private String line(int done, int total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder("corpus-lint ").append(phase).append(": ")
                .append(String.format(Locale.ROOT, "%,d", done));
        if (total > 0) {
            line.append(" of ").append(String.format(Locale.ROOT, "%,d", total))
                    .append(" documents (").append(done * 100L / total).append("%)");
        } else {
            line.append(" documents");
        }
        line.append(", ").append(String.format(Locale.ROOT, "%,.0f", rate))
                .append(" documents/s");
        if (total > 0 && done < total && rate > 0) {
            line.append(", about ").append(duration((long) ((total - done) / rate)))
                    .append(" left");
        }
        return line.toString();
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
