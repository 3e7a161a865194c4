package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate signatures' temporary file is deleted (and no longer held open) once the rules
 * are prepared, and when preparing them fails.
 */
class SignatureFileCleanupTest {

    private static final String PREFIX = "corpus-lint-signatures-";
    private static final String STORY = "The harbour authority opened a second container"
            + " terminal on Monday after three years of building, and the first ships berthed"
            + " there before noon while the cranes were still being tested by the crews.\n";

    @TempDir
    Path corpus;

    @Test
    void theFileIsGoneOnceTheRulesArePrepared() throws IOException {
        writeCorpus();
        Set<String> before = signatureFiles();
        DuplicateSignatures counting = DuplicateSignatures.STATISTIC.empty();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                DuplicateSignatures.STATISTIC.add(counting, new org.corpuslint.document.Document(
                        corpus.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertEquals(true, signatureFiles().size() > before.size(), "the corpus spills");
        counting.close();
        LintSession session = LintSession.open(corpus, config(), catalog(false));
        assertEquals(1, session.profile().duplicateClusters(DuplicateClusters.DEFAULT_THRESHOLD)
                .clusters().size());
        assertEquals(before, signatureFiles());
    }

    @Test
    void theFileIsGoneWhenPreparingFails() throws IOException {
        writeCorpus();
        Set<String> before = signatureFiles();
        assertThrows(CorpusLintException.class,
                () -> LintSession.open(corpus, config(), catalog(true)));
        assertEquals(before, signatureFiles());
    }

    private static LintConfig config() {
        return LintConfig.builder().threads(2).build();
    }

    private void writeCorpus() throws IOException {
        Files.createDirectories(corpus.resolve("a"));
        Files.createDirectories(corpus.resolve("b"));
        Files.writeString(corpus.resolve("a/port.txt"), STORY);
        Files.writeString(corpus.resolve("b/port.txt"), STORY);
        // enough documents long enough for MinHash values that the values go to a file
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append("w").append(random.nextInt(1_000_000)).append(' ');
            }
            Files.writeString(corpus.resolve("a/other" + i + ".txt"), text + "\n");
        }
    }

    /**
     * The signature files in the temporary folder and, where the system shows them, those
     * this process holds open (a file deleted while open is still held).
     */
    private static Set<String> signatureFiles() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX))
                    .forEach(found::add);
        }
        Path descriptors = Path.of("/proc/self/fd");
        if (Files.isDirectory(descriptors)) {
            try (Stream<Path> open = Files.list(descriptors)) {
                open.forEach(fd -> {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.contains(PREFIX)) {
                            found.add("open: " + target);
                        }
                    } catch (IOException | UnsupportedOperationException gone) {
                        // closed meanwhile
                    }
                });
            }
        }
        return found;
    }

    private static RuleCatalog catalog(boolean failing) {
        RuleMetadata metadata = new RuleMetadata("copies", Severity.INFO, "Reads the copies.",
                "Test rule.", "Any document.").withStatistics(DuplicateSignatures.STATISTIC);
        return RuleCatalog.builder().add(metadata, () -> new Rule() {
            @Override
            public RuleMetadata metadata() {
                return metadata;
            }

            @Override
            public void prepare(CorpusProfile profile, RuleOptions options) {
                profile.duplicateClusters(DuplicateClusters.DEFAULT_THRESHOLD);
                if (failing) {
                    throw new IllegalStateException("preparing failed");
                }
            }

            @Override
            public void check(RuleContext context) {}
        }).build();
    }
}
