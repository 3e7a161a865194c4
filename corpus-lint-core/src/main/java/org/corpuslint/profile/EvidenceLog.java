package org.corpuslint.profile;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What corpus evidence one document's check asked for, and the answers it got: recorded only
 * while an incremental run ({@code --cache}) checks a document on this thread, so that a later
 * run re-checks the document only when one of these answers changed. Each query is a source
 * name (owned by the profile, {@code profile.*}, or by a rule, {@code <rule-id>.*}) and a key;
 * the answer is kept as a 64-bit hash of its text. In a JVM that never recorded, every call is
 * one read of a static field: the queries sit on the typo rule's hottest paths, and a
 * thread-local read there is both work per call and code the JIT compiles into each of them.
 */
public final class EvidenceLog {

    /** Separates a query's source from its key in {@link #answers()}. */
    public static final char SEPARATOR = '\u001f';

    private static final ThreadLocal<EvidenceLog> CURRENT = new ThreadLocal<>();
    /** Set at the first recording in this JVM, never cleared: until then nothing records. */
    private static volatile boolean everRecorded;

    private final Map<String, Long> answers = new HashMap<>();
    private int quiet;

    /** Starts recording on this thread; {@link #stop()} ends it. */
    public static EvidenceLog start() {
        everRecorded = true;
        EvidenceLog log = new EvidenceLog();
        CURRENT.set(log);
        return log;
    }

    /** Ends this thread's recording. */
    public static void stop() {
        CURRENT.remove();
    }

    /** Whether this thread records evidence now. */
    public static boolean recording() {
        return everRecorded && CURRENT.get() != null;
    }

    /** Records that {@code source} answered {@code answer} for {@code key}. */
    public static void note(String source, String key, Object answer) {
        if (!everRecorded) {
            return;
        }
        EvidenceLog log = CURRENT.get();
        if (log != null && log.quiet == 0) {
            log.answers.put(source + SEPARATOR + key, hash(answer));
        }
    }

    /** Records a numeric answer without boxing when nobody records. */
    public static void note(String source, String key, long answer) {
        if (!everRecorded) {
            return;
        }
        EvidenceLog log = CURRENT.get();
        if (log != null && log.quiet == 0) {
            log.answers.put(source + SEPARATOR + key, hash(Long.toString(answer)));
        }
    }

    /**
     * Computes {@code work} without recording what it reads: for structures built once from a
     * whole statistic, whose users record their own (coarser) answers instead.
     */
    public static <T> T quietly(Supplier<T> work) {
        EvidenceLog log = everRecorded ? CURRENT.get() : null;
        if (log == null) {
            return work.get();
        }
        log.quiet++;
        try {
            return work.get();
        } finally {
            log.quiet--;
        }
    }

    /** Every recorded query ({@code source + SEPARATOR + key}) with its answer's hash. */
    public Map<String, Long> answers() {
        return answers;
    }

    /** The answer's hash as recorded: of its text, stable across runs and machines. */
    public static long hash(Object answer) {
        byte[] bytes = String.valueOf(answer).getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return StoryKey.mix(h);
    }
}
