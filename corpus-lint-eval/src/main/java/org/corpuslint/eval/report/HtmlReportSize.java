package org.corpuslint.eval.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corpuslint.document.Document;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.report.DocumentTexts;
import org.corpuslint.report.HtmlReportWriter;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriters;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * Measures corpus-lint.html for a large run: 10,000 documents with 100,000 findings (ten per
 * document, on words spread through the text, typo-like messages with suggestions). Texts are
 * news-dev's articles cycled (or generated text when news-dev is absent), written to a
 * temporary corpus folder so that the writer reads them back from disk as in a real run.
 * Prints the file size and the time to write it; with Chromium on the PATH also the time until
 * the page is ready and to open the document with the most findings.
 *
 * <pre>mvn -o -q -pl corpus-lint-eval exec:java -Dexec.mainClass=org.corpuslint.eval.report.HtmlReportSize</pre>
 * Arguments (optional): documents, findings per document.
 */
public final class HtmlReportSize {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final String[] RULES = {"typo", "typo", "typo", "typo", "typo", "typo",
        "boilerplate", "unattributed-caption", "missing-date", "truncated-text"};

    private HtmlReportSize() {}

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perDocument = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> texts = sourceTexts();
        Path corpus = Files.createTempDirectory("html-report-size-corpus");
        Path output = Files.createTempDirectory("html-report-size-output");
        try {
            List<Finding> findings = new ArrayList<>();
            long textChars = 0;
            Random random = new Random(42);
            for (int i = 0; i < documents; i++) {
                String path = String.format("outlet-%02d/article-%05d.txt", i % 20, i);
                String text = texts.get(i % texts.size());
                Path file = corpus.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
                textChars += text.length();
                findings.addAll(plant(new Document(path, text), perDocument, random));
            }
            findings.sort(Finding.REPORT_ORDER);
            List<RuleMetadata> rules = new ArrayList<>();
            rules.addAll(BuiltInRules.catalog().descriptors());
            LintResult result = new LintResult(findings, documents, rules);
            ReportContext context = new ReportContext(corpus,
                    DocumentTexts.fromFolder(corpus, StandardCharsets.UTF_8));

            long start = System.nanoTime();
            Path report = ReportWriters.write(result, context, List.of(new HtmlReportWriter()),
                    output).get(0);
            long writeMillis = (System.nanoTime() - start) / 1_000_000;
            long size = Files.size(report);
            System.out.printf("documents %,d, findings %,d, text %,d chars%n", documents,
                    findings.size(), textChars);
            System.out.printf("corpus-lint.html: %,d bytes (%.1f MB), written in %,d ms%n",
                    size, size / 1e6, writeMillis);
            System.out.printf("  of which document text ~%.1f MB, the rest findings and page%n",
                    textChars / 1e6);
            browserTimings(report);
        } finally {
            deleteTree(corpus);
            deleteTree(output);
        }
    }

    private static List<String> sourceTexts() {
        return CleanCorpus.locate().map(CleanCorpus::load)
                .map(docs -> docs.stream().map(Document::text).toList())
                .filter(list -> !list.isEmpty())
                .orElseGet(HtmlReportSize::generatedTexts);
    }

    /** About the length of a news article (2,200 characters) when news-dev is absent. */
    private static List<String> generatedTexts() {
        Random random = new Random(7);
        String[] words = {"council", "minister", "harbour", "funding", "residents", "weather",
            "announced", "Tuesday", "officials", "project", "regional", "election", "market"};
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            StringBuilder text = new StringBuilder(" date 2024-06-19\nHeadline number " + t + "\n");
            while (text.length() < 2200) {
                for (int w = 0; w < 18; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w == 17 ? ".\n" : " ");
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<Finding> plant(Document document, int count, Random random) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(document.text());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < count && !words.isEmpty(); k++) {
            int[] word = words.get((int) ((long) k * words.size() / count));
            Position start = document.position(word[0]);
            Position end = document.position(word[1]);
            String found = document.text().substring(word[0], word[1]);
            String rule = RULES[random.nextInt(RULES.length)];
            String suggestion = new StringBuilder(found).reverse().toString();
            Fix fix = rule.equals("typo") ? Fix.of("replace with '" + suggestion + "'",
                    new TextEdit(start, end, suggestion)) : null;
            Severity severity = rule.equals("typo") ? Severity.WARNING
                    : rule.equals("missing-date") ? Severity.ERROR : Severity.INFO;
            findings.add(new Finding(rule, severity, document.path(), start, end,
                    "'" + found + "' may be a misspelling of '" + suggestion + "'", fix));
        }
        return findings;
    }

    /** Page-ready and open-document times in headless Chromium, if it is installed. */
    private static void browserTimings(Path report) throws IOException, InterruptedException {
        String chromium = findOnPath("chromium");
        if (chromium == null) {
            System.out.println("chromium not on the PATH: no browser timings");
            return;
        }
        String probe = "<script>(function () { var ready = performance.now();"
                + " var items = document.querySelectorAll('#doc-list li[data-doc]');"
                + " var t0 = performance.now(); items[0].click(); var open = performance.now() - t0;"
                + " var rule = document.getElementById('filter-rule'); rule.value = '1';"
                + " t0 = performance.now(); rule.dispatchEvent(new Event('change'));"
                + " var filter = performance.now() - t0;"
                + " var name = document.getElementById('filter-name'); name.value = '0042';"
                + " t0 = performance.now(); name.dispatchEvent(new Event('input'));"
                + " var search = performance.now() - t0;"
                + " var box = document.createElement('pre'); box.id = 'timing';"
                + " box.textContent = 'ready ' + Math.round(ready) + ' ms, listed ' + items.length"
                + " + ' documents, first document opened in ' + Math.round(open) + ' ms,'"
                + " + ' rule filter ' + Math.round(filter) + ' ms, name search '"
                + " + Math.round(search) + ' ms';"
                + " document.body.appendChild(box); })();</script></body>";
        Path probed = report.resolveSibling("probed.html");
        Files.writeString(probed, Files.readString(report).replace("</body>", probe));
        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pings",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + report.resolveSibling("profile"), "--dump-dom",
                probed.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(300, TimeUnit.SECONDS);
        Matcher timing = Pattern.compile("<pre id=\"timing\">([^<]*)</pre>").matcher(dom);
        System.out.println("headless Chromium: "
                + (timing.find() ? timing.group(1) : "no timing (page failed?)"));
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
