package org.corpuslint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.corpuslint.engine.CorpusFileFilter;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines input given as a glob pattern: the matching files, named by their file name. */
class TextFolderReaderTest {

    @Test
    void globPatternListsTheSelectedJsonLinesFilesByName(@TempDir Path folder)
            throws IOException {
        for (String name : List.of("b.jsonl.gz", "a.jsonl", "notes.md", "c.jsonl.zst")) {
            Files.writeString(folder.resolve(name), "{}\n");
        }
        CorpusFileFilter filter = CorpusFileFilter.of(LintConfig.builder()
                .excludes(List.of("c.*")).build());

        List<TextFolderReader.ListedFile> files = TextFolderReader.matches(
                folder + "/*", new Configuration(), filter);

        assertEquals(List.of("a.jsonl", "b.jsonl.gz"),
                files.stream().map(TextFolderReader.ListedFile::relativePath).toList());
        assertEquals(3, files.get(0).size());
        assertThrows(CorpusLintException.class, () -> TextFolderReader.matches(
                folder + "/*.parquet", new Configuration(), filter));
    }
}
