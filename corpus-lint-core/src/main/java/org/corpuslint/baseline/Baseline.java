package org.corpuslint.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintSession;
import org.corpuslint.io.AtomicFiles;
import org.corpuslint.model.Finding;
import org.corpuslint.report.ToolInfo;

/**
 * The findings a team has accepted for now ({@code corpus-lint-baseline.json}): a check with a
 * baseline reports and fails only on findings that are not in it.
 *
 * <p>Matching is by {@link Fingerprint}, as a multiset: two identical findings in a document need
 * two entries. A finding first claims an entry with the same rule, document, text and
 * neighbourhood; failing that, one with the same rule, document and text (its neighbouring lines
 * were edited). Line numbers are never compared, so inserting or deleting lines elsewhere in a
 * document does not bring baselined findings back. Entries nothing claims are fixed findings.
 */
public final class Baseline {

    public static final String DEFAULT_FILE_NAME = "corpus-lint-baseline.json";
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing(BaselineEntry::path).thenComparingInt(BaselineEntry::line)
            .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::text).thenComparing(BaselineEntry::context);

    private final List<BaselineEntry> entries;

    public Baseline(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /**
     * Lints the corpus and makes a baseline of every finding, even of none. Refusing an empty
     * run is the workflow's decision ({@code run.BaselineExecutor}), not the baseline's.
     */
    public static Baseline record(LintConfig config, Path corpusRoot) {
        return record(LintSession.open(corpusRoot, config));
    }

    /**
     * Lints every document of {@code session}, fingerprinting each finding while its document
     * is in memory, and makes a baseline of them, even of none.
     */
    public static Baseline record(LintSession session) {
        FindingFingerprints fingerprints = new FindingFingerprints();
        return of(session.lintAll(fingerprints).findings(), fingerprints);
    }

    /** A baseline of {@code findings}, fingerprinted by the listener that observed their run. */
    public static Baseline of(List<Finding> findings, FindingFingerprints fingerprints) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Finding f : findings) {
            entries.add(BaselineEntry.of(f, fingerprints.of(f)));
        }
        return new Baseline(entries);
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /** Splits {@code findings} into new ones and baselined ones; see the class comment. */
    public BaselineComparison compare(Path baselineFile, List<Finding> findings,
            FindingFingerprints fingerprints) {
        Map<Fingerprint, LinkedList<BaselineEntry>> exact = new HashMap<>();
        for (BaselineEntry entry : entries) {
            exact.computeIfAbsent(entry.fingerprint(), k -> new LinkedList<>()).add(entry);
        }
        List<Finding> unmatched = new ArrayList<>();
        int baselined = 0;
        for (Finding finding : findings) {
            LinkedList<BaselineEntry> candidates = exact.get(fingerprints.of(finding));
            if (candidates != null && !candidates.isEmpty()) {
                candidates.removeFirst();
                baselined++;
            } else {
                unmatched.add(finding);
            }
        }
        Map<Fingerprint, LinkedList<BaselineEntry>> loose = new HashMap<>();
        exact.values().forEach(left -> left.forEach(entry -> loose.computeIfAbsent(
                entry.fingerprint().withoutContext(), k -> new LinkedList<>()).add(entry)));
        List<Finding> newFindings = new ArrayList<>();
        for (Finding finding : unmatched) {
            LinkedList<BaselineEntry> candidates =
                    loose.get(fingerprints.of(finding).withoutContext());
            if (candidates != null && !candidates.isEmpty()) {
                candidates.removeFirst();
                baselined++;
            } else {
                newFindings.add(finding);
            }
        }
        List<BaselineEntry> fixed = new ArrayList<>();
        loose.values().forEach(fixed::addAll);
        fixed.sort(ORDER);
        return new BaselineComparison(baselineFile, newFindings, baselined, fixed);
    }

    /**
     * A matcher for findings that stream by in report order, one file at a time
     * ({@link BaselineMatcher}); matches as {@link #compare} does.
     */
    public BaselineMatcher matcher(Path baselineFile) {
        return new BaselineMatcher(baselineFile, entries);
    }

    /** Reads a baseline file; every problem is a {@link CorpusLintException} naming the file. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new CorpusLintException("baseline file " + file
                    + " does not exist; run corpus-lint:baseline to create it", e);
        } catch (JsonProcessingException e) {
            throw invalid(file, "not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new CorpusLintException("cannot read baseline file " + file + ": " + e, e);
        }
        if (root == null || !root.isObject() || root.path("schemaVersion").asInt() != SCHEMA_VERSION
                || !root.path("findings").isArray()) {
            throw invalid(file, "expected an object with \"schemaVersion\": " + SCHEMA_VERSION
                    + " and a \"findings\" array");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("findings")) {
            entries.add(new BaselineEntry(required(file, node, index, "rule"),
                    required(file, node, index, "path"), required(file, node, index, "text"),
                    required(file, node, index, "context"), node.path("line").asInt(0),
                    node.path("message").asText("")));
            index++;
        }
        return new Baseline(entries);
    }

    private static String required(Path file, JsonNode entry, int index, String field) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(file, "findings[" + index + "] has no text field \"" + field + "\"");
        }
        return value.asText();
    }

    private static CorpusLintException invalid(Path file, String problem) {
        return new CorpusLintException("baseline file " + file + " is not a corpus-lint"
                + " baseline: " + problem);
    }

    /**
     * Writes the file atomically ({@link AtomicFiles}): a failed run leaves the old one, and the
     * file gets the mode a report gets (or keeps its own).
     */
    public void write(Path file) {
        write(file, entries.iterator());
    }

    /**
     * Writes a baseline file of {@code byPath}, entries that arrive grouped by path in path
     * order, as {@link #write(Path)} writes the baseline of them all: each path's entries are
     * put in the file's order and written as they go, so only one file's entries are held.
     *
     * @return the number of entries written
     */
    public static int write(Path file, Iterator<BaselineEntry> byPath) {
        int[] written = {0};
        try {
            AtomicFiles.write(file, out -> {
                JsonGenerator json = JSON.writer().createGenerator(out, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeNumberField("schemaVersion", SCHEMA_VERSION);
                ToolInfo.writeToolField(json);
                json.writeArrayFieldStart("findings");
                List<BaselineEntry> path = new ArrayList<>();
                while (byPath.hasNext() || !path.isEmpty()) {
                    BaselineEntry next = byPath.hasNext() ? byPath.next() : null;
                    if (next != null && (path.isEmpty()
                            || path.get(0).path().equals(next.path()))) {
                        path.add(next);
                        continue;
                    }
                    path.sort(ORDER);
                    for (BaselineEntry e : path) {
                        writeEntry(json, e);
                    }
                    written[0] += path.size();
                    path.clear();
                    if (next != null) {
                        path.add(next);
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
                out.write('\n');
            });
        } catch (IOException e) {
            throw new CorpusLintException("cannot write baseline file " + file + ": " + e, e);
        }
        return written[0];
    }

    private static void writeEntry(JsonGenerator json, BaselineEntry e) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", e.rule());
        json.writeStringField("path", e.path());
        json.writeNumberField("line", e.line());
        json.writeStringField("message", e.message());
        json.writeStringField("text", e.text());
        json.writeStringField("context", e.context());
        json.writeEndObject();
    }
}
