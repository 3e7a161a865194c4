package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpuslint.engine.LintResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every report format byte for byte as the writers wrote it when they built a Jackson tree
 * (golden files recorded then): the streaming writers must not change a byte. The corpus folder,
 * the tool version and the HTML report's time of writing vary between runs and are masked. With {@code -Dcorpuslint.golden.write}
 * the files are written instead of compared.
 */
class ReportGoldenFilesTest {

    private static final String ROOT_MASK = "@CORPUS_ROOT@";
    private static final String VERSION_MASK = "@VERSION@";

    @TempDir
    Path corpus;

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "json", "html", "checkstyle"})
    void threeDocuments(String format) throws IOException {
        LintResult result = ReportFixtures.threeDocuments(corpus);
        compare(format, "three-documents", render(format, result, new ReportContext(corpus)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "json", "html", "checkstyle"})
    void hostileTextInMemory(String format) throws IOException {
        compare(format, "hostile", render(format, HostileText.inMemory(),
                new ReportContext(null, HostileText.inMemoryTexts())));
    }

    private String render(String format, LintResult result, ReportContext context)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriters.forFormat(format).write(result, context, out);
        String text = out.toString(StandardCharsets.UTF_8);
        String uri = corpus.toAbsolutePath().toUri().toString();
        return text.replace(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri,
                        ROOT_MASK)
                .replace(corpus.toString(), ROOT_MASK)
                .replace(ToolInfo.version(), VERSION_MASK)
                .replaceAll("\"generated\":\"[0-9T:Z-]+\"", "\"generated\":\"@TIME@\"");
    }

    private void compare(String format, String fixture, String actual) throws IOException {
        String name = fixture + "." + format;
        String target = System.getProperty("corpuslint.golden.write");
        if (target != null) {
            Files.writeString(Path.of(target).resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("golden/" + name)) {
            assertNotNull(in, "missing golden file " + name);
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }
}
