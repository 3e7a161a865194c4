package org.corpuslint.eval.scale;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.corpuslint.engine.FileContent;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintSession;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.DuplicateClusters;

/**
 * The heap a check's corpus statistics retain per document: counts every document of a corpus
 * folder ({@code .txt} files or JSON Lines) into the profile a check with every rule counts, as
 * the profile pass does but on one thread, and measures the live heap after a full collection
 * before, at the end of the profile pass, and after the duplicate clusters are found and only
 * the clustered signatures kept (what the rule pass then carries). Prints the bytes retained per
 * document and, with {@code -Dfootprint.histogram=N}, the N largest classes of the live heap at
 * the end of the profile pass. Usage: {@code ProfileFootprint <corpus folder>}.
 */
public final class ProfileFootprint {

    private ProfileFootprint() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int histogram = Integer.getInteger("footprint.histogram", 0);
        LintConfig config = LintConfig.builder()
                .ruleOption("missing-date", "referenceDate", "2026-01-01").build();
        CorpusProfile profile = LintSession.emptyProfile(config);
        long before = liveHeap();
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            LintSession.readDocuments(config, relative, Files.size(file), content(file),
                    profile::add);
        }
        double profileSeconds = (System.nanoTime() - start) / 1e9;
        int documents = profile.documentCount();
        long profiled = liveHeap();
        if (histogram > 0) {
            printHistogram(histogram);
        }
        start = System.nanoTime();
        int clusters = profile.duplicateClusters(DuplicateClusters.DEFAULT_THRESHOLD)
                .clusters().size();
        double clusterSeconds = (System.nanoTime() - start) / 1e9;
        profile.keepOnlyClusteredSignatures();
        long kept = liveHeap();
        System.out.printf("%s: %,d documents, %,d duplicate clusters%n", root, documents,
                clusters);
        System.out.printf("profile pass %.1f s, clustering %.2f s%n", profileSeconds,
                clusterSeconds);
        System.out.printf("live heap: %,d MB before, %,d MB after the profile pass,"
                + " %,d MB with the clustered signatures only%n", before >> 20, profiled >> 20,
                kept >> 20);
        System.out.printf("retained per document: %,d bytes after the profile pass,"
                + " %,d bytes for the rule pass%n", (profiled - before) / Math.max(1, documents),
                (kept - before) / Math.max(1, documents));
        if (profile.documentCount() < 0) {
            System.out.println(profile); // keeps the profile reachable until measured
        }
    }

    private static FileContent content(Path file) {
        return new FileContent() {
            @Override
            public byte[] read() throws IOException {
                return Files.readAllBytes(file);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /** The heap in use after full collections, until it stops falling. */
    private static long liveHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(100);
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /** The largest classes of the live heap, as {@code jmap -histo:live} prints them. */
    private static void printHistogram(int lines) throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]},
                new String[] {String[].class.getName()});
        text.toString().lines().limit(lines + 3L).forEach(System.out::println);
    }
}
