package org.corpuslint.report;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.testing.TempCorpus;

/**
 * Document text that tries to break or inject into every report format: markup that closes a
 * script block or opens a comment, a CDATA end, both quotes, ampersands, percent signs and
 * the separators of GitHub workflow commands, JavaScript line terminators, control characters,
 * and, in memory only, a NUL (a file with one is binary, reported as invalid input) and lone
 * surrogates (the UTF-8 decoder rejects them in a file). The boilerplate
 * rule quotes the glued header text into its message, so the text reaches every writer.
 */
final class HostileText {

    /** What survives a file: every control character but NUL (a NUL makes it a binary file). */
    static final String FROM_FILE = "</script><script>alert(1)</script> <!-- ]]> \"q\" 'a' &amp;"
            + " 100% ::error file=x,line=1::boom \u2028\u2029 \u0001\u0008\u000B\u000C\u001B[31m"
            + "\u001F\u007F end";

    /** Only an in-memory document can hold a NUL or a lone surrogate. */
    static final String IN_MEMORY = FROM_FILE + " \u0000 \uD800 lone \uDC00 \uD83D\uDE00";

    static final String PATH = "evil <b>\"&'.txt";

    private HostileText() {}

    static String document(String glued) {
        return " date 2024-06-19 " + glued + "\nBody with " + glued + "\r\nlast line\n";
    }

    /** A corpus folder holding the hostile document, linted from disk. */
    static LintResult inFolder(Path folder) {
        new TempCorpus(folder).file(PATH, document(FROM_FILE));
        return new CorpusLinter(config(), GoldenRules.catalog()).lintDirectory(folder);
    }

    static LintResult inMemory() {
        return new CorpusLinter(config(), GoldenRules.catalog())
                .lintDocuments(List.of(new Document(PATH, document(IN_MEMORY))), null);
    }

    static DocumentTexts inMemoryTexts() {
        return DocumentTexts.of(List.of(new Document(PATH, document(IN_MEMORY))));
    }

    /** The message the boilerplate rule writes for {@code glued}. */
    static String message(String glued) {
        return "page chrome glued to the date header: '" + glued + "'";
    }

    private static LintConfig config() {
        return LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build();
    }
}
