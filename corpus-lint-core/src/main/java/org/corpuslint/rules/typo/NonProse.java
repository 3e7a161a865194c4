package org.corpuslint.rules.typo;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.document.Document;

/**
 * The parts of a document that are not prose and whose words are not spell-checked: web and
 * e-mail addresses, @handles and #tags, file and domain names, and the credit lines of photo
 * captions ({@code Anna Berg / Reuters}, {@code [Name/Agency via AP Photo]}), whose names are
 * the photographers' own.
 */
final class NonProse {

    private static final Pattern INLINE = Pattern.compile(String.join("|",
            "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+",
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            "(?<![\\w@])[@#][\\w]+",
            // file and domain names: words joined by dots with no space (kremlin.ru, report.pdf)
            "\\b[\\w-]+(?:\\.[\\w-]+)*\\.[a-z][a-z0-9]{1,5}\\b(?!\\.\\w)"));
    /** A bracketed credit at the end of a caption: {@code [Name/Agency via Reuters]}. */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "[\\[(][^\\[\\]()\\n]*(?:/|\\bvia\\b|(?i:\\bphoto(?:graph)?:))[^\\[\\]()\\n]*[\\])]");
    /** A word that may start a credit segment: capitalised, or a lower-case agency like imago. */
    private static final Pattern CREDIT_SEGMENT = Pattern.compile(
            "\\s*(?:(?i:photo|picture|image|credit)s?:\\s*)?[\\p{L}][\\p{L}\\p{M}.'’&-]*"
                    + "(?:[ ,]+[\\p{L}][\\p{L}\\p{M}.'’&-]*){0,5}\\s*");

    private NonProse() {}

    /** The offsets of {@code document} that hold no prose. */
    static BitSet spans(Document document) {
        String text = document.text();
        BitSet skip = new BitSet(text.length());
        Matcher m = INLINE.matcher(text);
        while (m.find()) {
            skip.set(m.start(), m.end());
        }
        m = BRACKETED_CREDIT.matcher(text);
        while (m.find()) {
            skip.set(m.start(), m.end());
        }
        for (int line = 1; line <= document.lineCount(); line++) {
            int start = document.lineMap().lineStart(line);
            int end = document.lineMap().lineContentEnd(line);
            if (isCreditLine(text.substring(start, end))) {
                skip.set(start, end);
            }
        }
        return skip;
    }

    /**
     * A short line of names separated by slashes: {@code Vladimir Smirnov / TASS},
     * {@code Lars Nygaard, NTB / Scanpix}, {@code Mikhail Metzel/Getty Images}.
     */
    static boolean isCreditLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > 160 || trimmed.indexOf('/') < 0) {
            return false;
        }
        String[] segments = trimmed.split("/", -1);
        boolean capitalised = false;
        for (String segment : segments) {
            if (!CREDIT_SEGMENT.matcher(segment).matches()) {
                return false;
            }
            capitalised |= Character.isUpperCase(segment.strip().charAt(0));
        }
        return capitalised;
    }
}
