package org.corpuslint.run;

import java.nio.file.Path;
import org.corpuslint.cache.CacheFile;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.CorpusLintException;

/**
 * The cache file {@code corpus-lint.yaml} names ({@code cacheFile}), checked as a front end
 * checks its own setting: outside the corpus. As the file may come with the corpus, it must
 * also not name an existing file that is not a corpus-lint cache: writing the cache replaces
 * the file.
 */
public final class CacheFileSetting {

    private CacheFileSetting() {}

    /**
     * The file's {@code cacheFile}, or {@code null} when it names none.
     *
     * @throws CorpusLintException when it lies inside the corpus or would replace another file
     */
    public static Path fromFile(FileConfiguration file, LintTarget target) {
        Path cache = file.cacheFile();
        if (cache == null) {
            return null;
        }
        if (target.wouldWriteInside(cache)) {
            throw new CorpusLintException("cacheFile in " + file.file() + ": " + cache
                    + " lies inside the corpus directory " + target.corpusRoot()
                    + "; corpus-lint never writes its cache into the corpus");
        }
        if (!CacheFile.mayReplace(cache)) {
            throw new CorpusLintException("cacheFile in " + file.file() + ": " + cache
                    + " exists and is not a corpus-lint cache; corpus-lint does not replace it");
        }
        return cache;
    }
}
