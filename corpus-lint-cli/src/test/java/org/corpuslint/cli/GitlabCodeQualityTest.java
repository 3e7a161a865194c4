package org.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format gitlab}: GitLab's code quality issues, one per finding. */
class GitlabCodeQualityTest {

    @TempDir
    Path temp;

    @Test
    void findingsBecomeCodeQualityIssues() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("pier.txt"), "The pier is closed\n\n"
                + "Storm damage closed the pier.\nStorm damage closed the pier.\n"
                + "Storm damage closed the pier.\n");
        Path report = temp.resolve("gl-code-quality.json");
        int status = Main.run(new String[] {"check", "--format", "gitlab", "--output",
            report.toString(), corpus.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.FINDINGS, status);
        JsonNode issues = new ObjectMapper().readTree(report.toFile());
        assertEquals(3, issues.size(), issues.toString());
        JsonNode date = issues.get(0);
        assertEquals("missing-date", date.get("check_name").asText());
        assertEquals("document has no publication date", date.get("description").asText());
        assertEquals("major", date.get("severity").asText());
        assertEquals(1, date.get("location").get("lines").get("begin").asInt());
        // Outside the current folder (and outside CI), the path is absolute.
        assertEquals(corpus.resolve("pier.txt").toString().replace('\\', '/'),
                date.get("location").get("path").asText());
        JsonNode first = issues.get(1);
        JsonNode second = issues.get(2);
        assertEquals("duplicate-line", first.get("check_name").asText());
        assertEquals("info", first.get("severity").asText());
        assertEquals(64, first.get("fingerprint").asText().length());
        assertNotEquals(first.get("fingerprint"), second.get("fingerprint"));
    }
}
