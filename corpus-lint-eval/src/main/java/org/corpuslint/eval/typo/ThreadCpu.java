package org.corpuslint.eval.typo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds this JVM's threads have used, summed by kind (JIT compilers, garbage collector,
 * the rest), read from {@code /proc/self/task} (Linux): at start-up the compilers can cost as
 * much as the work they compile.
 */
final class ThreadCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ThreadCpu() {}

    /** For example {@code {C1 compiler=0.70 s, C2 compiler=1.90 s, GC=0.10 s, other=2.10 s}}. */
    static String byKind() {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                // fields after the command name: utime and stime are the 12th and 13th
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(kind(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                        Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return "not available (" + e + ")";
        }
        StringBuilder out = new StringBuilder("{");
        ticks.forEach((kind, n) -> out.append(out.length() > 1 ? ", " : "").append(kind)
                .append('=').append(String.format(Locale.ROOT, "%.2f s", n / TICKS_PER_SECOND)));
        return out.append('}').toString();
    }

    private static String kind(String threadName) {
        if (threadName.startsWith("C1 Compiler")) {
            return "C1 compiler";
        }
        if (threadName.startsWith("C2 Compiler")) {
            return "C2 compiler";
        }
        if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
            return "GC";
        }
        return "other";
    }
}
