package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.testing.ReplaceRule;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.SeenRule;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixed file keeps what it had besides its text: owner, group, mode, links, read-only. */
class FaithfulWriteTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(1).build();

    @TempDir
    Path folder;

    private TempCorpus corpus() {
        return new TempCorpus(folder.resolve("corpus")).file("a.txt", "postgres\n");
    }

    private static FixOutcome fix(TempCorpus corpus, boolean dryRun) {
        return new CorpusFixer(CONFIG, new FixOptions(Set.of(), dryRun).withMinimumConfidence(FixConfidence.UNSURE),
                List.of(() -> new ReplaceRule("spelling", "postgres", "postures")))
                .fix(corpus.root());
    }

    private static List<String> summary(FixOutcome outcome) {
        return outcome.files().stream().map(f -> f.path() + " " + f.status() + " "
                + f.fixesApplied() + (f.notes().isEmpty() ? "" : " " + f.notes())).toList();
    }

    private static PosixFileAttributes attributes(Path file) throws IOException {
        return Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes();
    }

    @Test
    void ownerGroupAndModeAreKept() throws IOException {
        TempCorpus corpus = corpus();
        Path file = corpus.path("a.txt");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        // Only root can give a file away; elsewhere the owner check is skipped.
        boolean root = "root".equals(System.getProperty("user.name"));
        UserPrincipal nobody = null;
        GroupPrincipal nogroup = null;
        if (root) {
            UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
            nobody = users.lookupPrincipalByName("nobody");
            nogroup = users.lookupPrincipalByGroupName(
                    Files.exists(Path.of("/etc/group")) && Files.readString(Path.of("/etc/group"))
                            .contains("\nnogroup:") ? "nogroup" : "nobody");
            PosixFileAttributeView view = Files.getFileAttributeView(file,
                    PosixFileAttributeView.class);
            view.setOwner(nobody);
            view.setGroup(nogroup);
        }

        assertEquals(List.of("a.txt FIXED 1"), summary(fix(corpus, false)));

        assertEquals("postures\n", Files.readString(file));
        PosixFileAttributes after = attributes(file);
        assertEquals("rw-r-----", PosixFilePermissions.toString(after.permissions()));
        if (root) {
            assertEquals(nobody, after.owner());
            assertEquals(nogroup, after.group());
        }
    }

    @Test
    void aHardLinkedFileIsRefusedAndItsOtherNameKeepsItsText() throws IOException {
        TempCorpus corpus = corpus();
        Path otherName = folder.resolve("other-name.txt");
        Files.createLink(otherName, corpus.path("a.txt"));

        FixOutcome outcome = fix(corpus, false);

        assertEquals(List.of("a.txt SKIPPED_UNSAFE 0 [it has 2 hard links, and rewriting it"
                + " would leave the other names with the old text; it was left alone (fix a"
                + " copy, or break the links first)]"), summary(outcome));
        assertEquals("postgres\n", Files.readString(corpus.path("a.txt")));
        assertEquals("postgres\n", Files.readString(otherName));
        assertTrue(Files.isSameFile(otherName, corpus.path("a.txt")), "still one file");
        assertEquals("corpus-lint fix: applied 0 fixes in 0 files; 1 file skipped",
                outcome.summary());
    }

    @Test
    void aReadOnlyFileIsSkippedEvenForRoot() throws IOException {
        TempCorpus corpus = corpus();
        Path file = corpus.path("a.txt");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        for (boolean dryRun : new boolean[] {true, false}) {
            assertEquals(List.of("a.txt SKIPPED_UNSAFE 0 [it is read-only (its owner has no write"
                    + " permission); it was left alone]"), summary(fix(corpus, dryRun)));
        }
        assertEquals("postgres\n", Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(attributes(file).permissions()));
    }

    @Test
    void staleTemporaryFilesAreRemovedByTheNextRunAndNothingElse() throws IOException {
        TempCorpus corpus = corpus()
                .file(".a.txt.8127365401.corpus-lint-tmp", "")
                .file("sub/.b.txt.18446744073709551615.corpus-lint-tmp", "half of b")
                // Written a moment ago: may be a fix running now, so it stays.
                .file(".c.txt.42.corpus-lint-tmp", "")
                // Near misses belong to someone else.
                .file(".a.txt.corpus-lint-tmp", "")
                .file("a.txt.12.corpus-lint-tmp", "")
                .file(".a.txt.12.corpus-lint-tmp.bak", "");
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofMinutes(5)));
        for (String stale : List.of(".a.txt.8127365401.corpus-lint-tmp",
                "sub/.b.txt.18446744073709551615.corpus-lint-tmp", ".a.txt.corpus-lint-tmp",
                "a.txt.12.corpus-lint-tmp", ".a.txt.12.corpus-lint-tmp.bak")) {
            Files.setLastModifiedTime(corpus.path(stale), old);
        }
        Files.createDirectories(corpus.path(".d.1.corpus-lint-tmp"));
        Files.setLastModifiedTime(corpus.path(".d.1.corpus-lint-tmp"), old);

        FixOutcome dryRun = fix(corpus, true);
        assertEquals(2, dryRun.staleTempFilesRemoved());
        assertTrue(Files.exists(corpus.path(".a.txt.8127365401.corpus-lint-tmp")));

        FixOutcome outcome = fix(corpus, false);

        assertEquals(2, outcome.staleTempFilesRemoved());
        assertEquals("corpus-lint fix: applied 1 fix in 1 file; removed 2 stale temporary files"
                + " of an interrupted fix", outcome.summary());
        assertFalse(Files.exists(corpus.path(".a.txt.8127365401.corpus-lint-tmp")));
        assertFalse(Files.exists(corpus.path("sub/.b.txt.18446744073709551615.corpus-lint-tmp")));
        for (String kept : List.of(".c.txt.42.corpus-lint-tmp", ".a.txt.corpus-lint-tmp",
                "a.txt.12.corpus-lint-tmp", ".a.txt.12.corpus-lint-tmp.bak",
                ".d.1.corpus-lint-tmp")) {
            assertTrue(Files.exists(corpus.path(kept)), kept);
        }
        assertEquals(0, fix(corpus, false).staleTempFilesRemoved());
    }

    @Test
    void checkNeverLintsTemporaryFilesAndFixLeavesNone() throws IOException {
        TempCorpus corpus = corpus().file(".a.txt.99.corpus-lint-tmp", "postgres half\n");
        LintConfig everything = CONFIG.toBuilder().includes(List.of("**")).build();
        assertEquals(List.of("a.txt:1:1-1:1 info [seen] seen"), RuleFixture.render(
                new CorpusLinter(everything, List.of(SeenRule::new))
                        .lintDirectory(corpus.root()).findings()));

        fix(corpus, false);

        try (var files = Files.list(corpus.root())) {
            assertEquals(List.of(".a.txt.99.corpus-lint-tmp", "a.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
