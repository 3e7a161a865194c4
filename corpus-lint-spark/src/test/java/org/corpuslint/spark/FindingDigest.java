package org.corpuslint.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;

/** What two runs print to show they found the same: counts by rule and a digest of all. */
final class FindingDigest {

    private FindingDigest() {}

    static String describe(LintResult result) {
        Map<String, Integer> byRule = new TreeMap<>();
        result.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        return result.documentCount() + " documents, " + result.findings().size()
                + " findings, " + result.duplicateClusters().size() + " duplicate clusters; "
                + byRule + "; digest " + digest(result.findings());
    }

    /** SHA-256 over the findings (whole records: positions, message, fix) in report order. */
    static String digest(List<Finding> findings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            findings.stream().sorted(Finding.REPORT_ORDER).forEach(f ->
                    sha.update((f + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
