package org.corpuslint.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Finding;
import org.corpuslint.model.TextEdit;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;

/**
 * Runs rules over a small in-memory corpus and renders findings as one line each, so tests can
 * pin exact expectations:
 * {@code a.txt:3:5-3:13 error [typo] message | fix: description => 3:5-3:13 "replacement"}.
 *
 * <p>Part of the published test kit (core's {@code tests} jar, package
 * {@code org.corpuslint.testkit}); see {@code docs/development.md}. Open for extension only so
 * that the project's own tests can keep their older name for it.
 */
public class RuleFixture {

    private final Map<String, String> documents = new LinkedHashMap<>();
    private LintConfig config = LintConfig.builder().threads(1).build();

    public static RuleFixture corpus() {
        return new RuleFixture();
    }

    /** Adds a document; {@code lines} are joined with {@code \n} and end with one. */
    public RuleFixture doc(String path, String... lines) {
        documents.put(path, String.join("\n", lines) + "\n");
        return this;
    }

    /** Adds a document with exactly this text. */
    public RuleFixture rawDoc(String path, String text) {
        documents.put(path, text);
        return this;
    }

    public RuleFixture config(LintConfig value) {
        config = value;
        return this;
    }

    /** Findings of {@code rule} only, rendered. */
    public List<String> findings(Supplier<Rule> rule) {
        return render(run(List.of(rule)));
    }

    /** Findings of {@code rule} in one document, rendered. */
    public List<String> findingsIn(String path, Supplier<Rule> rule) {
        return render(run(List.of(rule)).stream().filter(f -> f.path().equals(path)).toList());
    }

    /** Raw findings of the given rules. */
    public List<Finding> run(List<Supplier<Rule>> rules) {
        List<Document> docs = new ArrayList<>();
        documents.forEach((path, text) -> docs.add(new Document(path, text)));
        CorpusProfile profile = new CorpusProfile();
        docs.forEach(profile::add);
        return new CorpusLinter(config, rules).lintDocuments(docs, profile).findings();
    }

    public static List<String> render(List<Finding> findings) {
        return findings.stream().map(RuleFixture::render).toList();
    }

    public static String render(Finding f) {
        StringBuilder s = new StringBuilder();
        s.append(f.path());
        // A JSON Lines record: the file, then the record's line and id, as the console shows it.
        f.record().ifPresent(r -> s.append('#').append(r.line())
                .append(r.id() == null ? "" : "[id=" + r.id() + "]"));
        s.append(':').append(f.start()).append('-').append(f.end()).append(' ')
                .append(f.severity().label()).append(" [").append(f.ruleId()).append("] ")
                .append(f.message());
        if (f.fix() != null) {
            s.append(" | fix: ").append(f.fix().description()).append(" =>");
            for (TextEdit e : f.fix().edits()) {
                s.append(' ').append(e.start()).append('-').append(e.end()).append(" \"")
                        .append(e.replacement().replace("\n", "\\n").replace("\r", "\\r"))
                        .append('"');
            }
        }
        return s.toString();
    }
}
