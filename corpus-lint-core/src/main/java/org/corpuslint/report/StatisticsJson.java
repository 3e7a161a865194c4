package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.RunStatistics;

/**
 * The corpus statistics as JSON, the same object in the JSON report, the SARIF run's properties
 * and the HTML report's data:
 *
 * <pre>
 * { "documents", "words", "findings", "findingsPerThousandDocuments",
 *   "byRule": {rule: {"findings", "perThousandDocuments"}},
 *   "byOutlet": [{"name", "documents", "words", "findings", "findingsPerThousandDocuments",
 *                 "byRule": {rule: findings}}],   most documents first, at most 200
 *   "outletsNotListed": outlets left out of byOutlet,
 *   "byMonth": [{"name": "YYYY-MM" or "(undated)", ... as byOutlet}]   in month order }
 * </pre>
 */
final class StatisticsJson {

    /** Outlets listed; a crawl of many small sites would otherwise fill the report. */
    static final int MAX_OUTLETS = 200;

    private StatisticsJson() {}

    static void write(JsonGenerator json, String field, RunStatistics statistics)
            throws IOException {
        write(json, field, statistics, false);
    }

    /**
     * As {@link #write(JsonGenerator, String, RunStatistics)}; with {@code ruleTimes} and times
     * measured, {@code "ruleCpu": {rule: {"millis", "share"}}} ends the object (share of the
     * rules' CPU time, 0 to 1, three decimals). Times vary from run to run, so only a report
     * asked for them has them.
     */
    static void write(JsonGenerator json, String field, RunStatistics statistics,
            boolean ruleTimes) throws IOException {
        RunStatistics.Slice total = statistics.total();
        json.writeObjectFieldStart(field);
        json.writeNumberField("documents", total.documents());
        json.writeNumberField("words", total.words());
        json.writeNumberField("findings", total.findings());
        json.writeNumberField("findingsPerThousandDocuments",
                round(total.findingsPerThousandDocuments()));
        json.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Long> rule : total.findingsByRule().entrySet()) {
            json.writeObjectFieldStart(rule.getKey());
            json.writeNumberField("findings", rule.getValue());
            json.writeNumberField("perThousandDocuments",
                    round(total.perThousandDocuments(rule.getKey())));
            json.writeEndObject();
        }
        json.writeEndObject();
        List<Map.Entry<String, RunStatistics.Slice>> outlets = statistics.byOutlet().entrySet()
                .stream().sorted(Comparator.comparingLong(
                        (Map.Entry<String, RunStatistics.Slice> e) -> -e.getValue().documents())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_OUTLETS).toList();
        slices(json, "byOutlet", outlets);
        json.writeNumberField("outletsNotListed", statistics.byOutlet().size() - outlets.size());
        slices(json, "byMonth", List.copyOf(statistics.byMonth().entrySet()));
        if (ruleTimes && !statistics.ruleCpuNanos().isEmpty()) {
            Map<String, Double> shares = statistics.ruleCpuShares();
            json.writeObjectFieldStart("ruleCpu");
            for (Map.Entry<String, Long> rule : statistics.ruleCpuNanos().entrySet()) {
                json.writeObjectFieldStart(rule.getKey());
                json.writeNumberField("millis", rule.getValue() / 1_000_000);
                json.writeNumberField("share",
                        Math.round(shares.getOrDefault(rule.getKey(), 0.0) * 1000) / 1000.0);
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void slices(JsonGenerator json, String field,
            List<Map.Entry<String, RunStatistics.Slice>> slices) throws IOException {
        json.writeArrayFieldStart(field);
        for (Map.Entry<String, RunStatistics.Slice> entry : slices) {
            RunStatistics.Slice slice = entry.getValue();
            json.writeStartObject();
            json.writeStringField("name", entry.getKey());
            json.writeNumberField("documents", slice.documents());
            json.writeNumberField("words", slice.words());
            json.writeNumberField("findings", slice.findings());
            json.writeNumberField("findingsPerThousandDocuments",
                    round(slice.findingsPerThousandDocuments()));
            json.writeObjectFieldStart("byRule");
            for (Map.Entry<String, Long> rule : slice.findingsByRule().entrySet()) {
                json.writeNumberField(rule.getKey(), rule.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
