package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpuslint.engine.LintConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a front end may write beside a corpus: never into it, by path or by link. */
class LintTargetTest {

    @TempDir
    Path folder;

    @Test
    void aFileWouldBeWrittenInsideByItsPathOrThroughALinkedFolder() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        LintTarget target = new LintTarget(corpus, LintConfig.defaults());
        assertTrue(target.wouldWriteInside(corpus.resolve("reports/corpus-lint.sarif")));
        assertTrue(target.wouldWriteInside(folder.resolve("corpus/../corpus/baseline.json")));
        assertFalse(target.wouldWriteInside(folder.resolve("reports/corpus-lint.sarif")));
        assertFalse(target.wouldWriteInside(folder.resolve("corpus-old/baseline.json")));

        Path link = Files.createSymbolicLink(folder.resolve("out"), corpus);
        assertTrue(target.wouldWriteInside(link.resolve("new/fixes.patch")));
    }
}
