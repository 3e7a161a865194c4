package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cacheFile} of {@code corpus-lint.yaml}: used by a check, and kept out of harm's way. */
class CacheFileSettingTest {

    @TempDir
    Path temp;

    private FileConfiguration corpusWithConfig(String yaml) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), " date 2024-03-01\nThe ferry to Marwick"
                + " will run again on Monday, the harbour office said.\n");
        Files.writeString(corpus.resolve(ConfigFile.FILE_NAME), yaml);
        return ConfigFile.forCorpus(corpus);
    }

    private LintTarget target(FileConfiguration file) {
        return new LintTarget(temp.resolve("corpus"), file.config());
    }

    @Test
    void aCheckUsesTheCacheTheFileNames() throws IOException {
        FileConfiguration file = corpusWithConfig("cacheFile: ../state/corpus.cache\n");
        Path cache = CacheFileSetting.fromFile(file, target(file));
        assertEquals(temp.resolve("state/corpus.cache").toAbsolutePath(), cache);
        CheckRequest request = new CheckRequest(target(file), temp.resolve("reports"),
                List.of(), Severity.ERROR, ViolationBudget.NONE, null, false)
                .withCacheFile(cache);
        List<String> notices = new java.util.ArrayList<>();
        new CheckExecutor().execute(request, notices::add);
        assertTrue(Files.isRegularFile(cache), "the cache is written");
        new CheckExecutor().execute(request, notices::add);
        assertEquals("cache: 0 changed, 0 removed, 0 of 1 files re-checked",
                notices.get(notices.size() - 1));
    }

    @Test
    void aCacheInsideTheCorpusIsRefused() throws IOException {
        FileConfiguration file = corpusWithConfig("cacheFile: state/corpus.cache\n");
        String message = assertThrows(CorpusLintException.class,
                () -> CacheFileSetting.fromFile(file, target(file))).getMessage();
        assertEquals("cacheFile in " + file.file() + ": "
                + temp.resolve("corpus/state/corpus.cache").toAbsolutePath()
                + " lies inside the corpus directory " + temp.resolve("corpus").toAbsolutePath()
                + "; corpus-lint never writes its cache into the corpus", message);
    }

    @Test
    void aFileThatIsNotACacheIsNotReplaced() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "my own notes\n");
        FileConfiguration file = corpusWithConfig("cacheFile: ../notes.txt\n");
        String message = assertThrows(CorpusLintException.class,
                () -> CacheFileSetting.fromFile(file, target(file))).getMessage();
        assertEquals("cacheFile in " + file.file() + ": " + notes.toAbsolutePath()
                + " exists and is not a corpus-lint cache; corpus-lint does not replace it",
                message);
        assertEquals("my own notes\n", Files.readString(notes));
    }

    @Test
    void noKeyNoCache() throws IOException {
        FileConfiguration file = corpusWithConfig("allowEmpty: false\n");
        assertEquals(null, CacheFileSetting.fromFile(file, target(file)));
        assertEquals(null, FileConfiguration.none().cacheFileOr(null));
    }
}
