package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.corpuslint.engine.RunFindings;

/**
 * {@code corpus-lint.html}: one self-contained page (no network, opens from disk) with a
 * summary, a filterable document list and each document's text with its findings highlighted.
 * The data is embedded once, as JSON in a {@code <script type="application/json">} block that
 * the page's small script renders on demand; see {@link HtmlReportData} for its layout.
 */
public final class HtmlReportWriter implements ReportWriter {

    static final String DATA_ELEMENT_ID = "corpus-lint-data";

    private static final String TEMPLATE = resource("report.html");
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String DATA_MARKER = "@@DATA@@";

    private static final JsonFactory HTML_SAFE_JSON = new JsonFactory()
            .setCharacterEscapes(new JsonSupport.ReportEscapes(true))
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "corpus-lint.html";
    }

    @Override
    public void write(RunFindings result, ReportContext context, OutputStream out)
            throws IOException {
        String page = TEMPLATE.replace("@@STYLE@@", STYLE).replace("@@SCRIPT@@", SCRIPT);
        int data = page.indexOf(DATA_MARKER);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16);
        writer.write(page, 0, data);
        try (JsonGenerator json = HTML_SAFE_JSON.createGenerator(writer)) {
            new HtmlReportData(result, context).write(json);
        }
        writer.write(page, data + DATA_MARKER.length(), page.length() - data
                - DATA_MARKER.length());
        writer.flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
