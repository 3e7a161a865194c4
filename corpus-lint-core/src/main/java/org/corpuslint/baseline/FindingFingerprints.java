package org.corpuslint.baseline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corpuslint.document.Document;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.model.Finding;

/**
 * Computes the {@link Fingerprint} of every finding of a run while its document is in memory.
 * Pass it to {@code LintSession.lintAll}, then ask for each finding's fingerprint. Findings about files that could not be read (no text) are fingerprinted
 * by their message.
 */
public final class FindingFingerprints implements RunObserver {

    private static final int HASH_HEX_DIGITS = 16;

    /** One finding's place; equal findings have equal text and so equal fingerprints. */
    private record Key(String rule, String path, int start, int end, String message) {
        static Key of(Finding f) {
            return new Key(f.ruleId(), f.path(), f.start().offset(), f.end().offset(),
                    f.message());
        }
    }

    private final Map<Key, Fingerprint> byFinding = new ConcurrentHashMap<>();

    @Override
    public void documentChecked(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            byFinding.put(Key.of(finding), compute(document, finding));
        }
    }

    /**
     * The fingerprint of {@code finding} of {@code document}, as this listener computes it
     * while the run checks the document: from the document's text for a rule's finding, from
     * the message for a file's {@code invalid-input} finding or when {@code document} is
     * {@code null} (it could not be linted). For a run that streams its findings.
     */
    public static Fingerprint fingerprint(Document document, Finding finding) {
        return document == null || finding.ruleId().equals(INVALID_INPUT)
                ? byMessage(finding) : compute(document, finding);
    }

    private static final String INVALID_INPUT = "invalid-input";

    private static Fingerprint byMessage(Finding finding) {
        return new Fingerprint(finding.ruleId(), finding.path(),
                hash(normalise(finding.message())), "");
    }

    /** The fingerprint of a finding of the run this listener observed. */
    public Fingerprint of(Finding finding) {
        Fingerprint known = byFinding.get(Key.of(finding));
        return known != null ? known : byMessage(finding);
    }

    static Fingerprint compute(Document document, Finding finding) {
        String text = document.text();
        int start = Math.min(finding.start().offset(), text.length());
        int end = Math.min(Math.max(finding.end().offset(), start), text.length());
        int firstLine = document.position(start).line();
        int lastLine = Math.max(firstLine, document.position(end).line());
        int lines = document.lineCount();
        firstLine = Math.min(firstLine, lines);
        lastLine = Math.min(lastLine, lines);
        StringBuilder ownLines = new StringBuilder();
        for (int line = firstLine; line <= lastLine; line++) {
            ownLines.append(document.line(line)).append('\n');
        }
        String lineText = normalise(ownLines.toString());
        String offending = normalise(text.substring(start, end));
        String around = lineText + "\n" + nearestNonBlank(document, firstLine, -1) + "\n"
                + nearestNonBlank(document, lastLine, +1);
        // A finding at a point (no text of its own) is identified by its line.
        return new Fingerprint(finding.ruleId(), finding.path(),
                hash(offending.isEmpty() ? lineText : offending), hash(around));
    }

    private static String nearestNonBlank(Document document, int fromLine, int step) {
        for (int line = fromLine + step; line >= 1 && line <= document.lineCount();
                line += step) {
            String content = normalise(document.line(line));
            if (!content.isEmpty()) {
                return content;
            }
        }
        return "";
    }

    /** White space runs (line ends included) become one space; ends are trimmed. */
    static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
