package org.corpuslint.rules.typo;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpuslint.document.Document;

/**
 * The parts of a document that are not prose and whose words are not spell-checked: web and
 * e-mail addresses, @handles and #tags, file and domain names, the credit lines of photo
 * captions ({@code Anna Berg / Reuters}, {@code [Name/Agency via AP Photo]},
 * {@code (Image: agency)}), whose names are the photographers' own, species names after an
 * abbreviated genus ({@code E. coli}) and censored words ({@code f---ing}).
 */
final class NonProse {

    static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+");
    static final Pattern ADDRESS_OR_HANDLE = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<![\\w@])@\\w+");
    static final Pattern TAG = Pattern.compile("(?<![\\w&])#\\w+");
    /**
     * A word glued to an HTML entity the scraper left ({@code risqu&#233;}): its letters are cut
     * by the entity, so a spelling fix would break it further.
     */
    static final Pattern ENTITY_WORD = Pattern.compile(
            "\\p{L}*&(?:#\\d{2,6}|#x\\p{XDigit}{2,6}|[A-Za-z]{2,8});\\p{L}*");
    /**
     * A bracketed credit at the end of a caption: {@code [Name/Agency via Reuters]},
     * {@code (Photo: Name)}, {@code (Image: agency)}: a slash, {@code via}, or a credit label.
     */
    static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "[\\[(][^\\[\\]()\\n]*(?:/|\\bvia\\b|(?i:\\b(?:photo(?:graph)?|image|picture|pic"
                    + "|credit)s?:))[^\\[\\]()\\n]*[\\])]");
    /**
     * A word censored with dashes or asterisks, {@code f---ing}, {@code sh*t}, {@code b***}: its
     * letters are what is left of the word, not a misspelling of another.
     */
    static final Pattern CENSORED = Pattern.compile(
            "(?<!\\p{L})\\p{L}{1,2}(?:-{2,}|\\*+)\\p{L}*|\\p{L}+\\*+\\p{L}+");
    /** A word that may start a credit segment: capitalised, or a lower-case agency like imago. */
    private static final Pattern CREDIT_SEGMENT = Pattern.compile(
            "\\s*(?:(?i:photo|picture|image|credit)s?:\\s*)?[\\p{L}][\\p{L}\\p{M}.'’&-]*"
                    + "(?:[ ,]+[\\p{L}][\\p{L}\\p{M}.'’&-]*){0,5}\\s*");

    private NonProse() {}

    /** The offsets of {@code document} that hold no prose. */
    static BitSet spans(Document document) {
        String text = document.text();
        BitSet skip = new BitSet(text.length());
        // Cheap tests first: most articles hold no address at all.
        if (text.contains("://") || text.contains("www.")) {
            mark(URL.matcher(text), skip);
        }
        markAddressesAndHandles(text, skip);
        markTags(text, skip);
        markEntityWords(text, skip);
        markDottedNames(text, skip);
        markSpeciesNames(text, skip);
        if (text.contains("--") || text.indexOf('*') >= 0) {
            mark(CENSORED.matcher(text), skip);
        }
        if (text.indexOf('[') >= 0 || text.indexOf('(') >= 0) {
            markBracketedCredits(text, skip);
        }
        for (int line = 1; line <= document.lineCount(); line++) {
            int start = document.lineMap().lineStart(line);
            int end = document.lineMap().lineContentEnd(line);
            if (text.indexOf('/', start) >= 0 && text.indexOf('/', start) < end
                    && isCreditLine(text.substring(start, end))) {
                skip.set(start, end);
            }
        }
        return skip;
    }

    /** The matches of {@link #ADDRESS_OR_HANDLE}, as {@link #mark} finds them. */
    static void markAddressesAndHandles(String text, BitSet skip) {
        markAnchored(ADDRESS_OR_HANDLE.matcher(text), text, '@', NonProse::isAddressPart,
                c -> isWordChar(c) || c == '-', skip);
    }

    /** The matches of {@link #TAG}, as {@link #mark} finds them. */
    static void markTags(String text, BitSet skip) {
        markAnchored(TAG.matcher(text), text, '#', c -> false, NonProse::isWordChar, skip);
    }

    /** The matches of {@link #ENTITY_WORD}, as {@link #mark} finds them. */
    static void markEntityWords(String text, BitSet skip) {
        markAnchored(ENTITY_WORD.matcher(text), text, '&',
                c -> Character.isLetter(c) || Character.isSurrogate(c),
                c -> c == '#' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), skip);
    }

    static void mark(Matcher m, BitSet skip) {
        while (m.find()) {
            skip.set(m.start(), m.end());
        }
    }

    /**
     * Marks the matches of a pattern every match of which holds {@code anchor} after nothing
     * but a run of {@code lead} characters (which the anchor is not one of): the same matches
     * as {@link #mark}, but the matcher starts at the run before each anchor instead of trying
     * every offset of the text, where a leading {@code [\\w.+-]+} or {@code \\p{L}*} would
     * match a whole word before failing. No match can start between the end of the last one
     * and the run before the next anchor, so each search finds what a scan would.
     */
    private static void markAnchored(Matcher m, String text, char anchor, CharPredicate lead,
            CharPredicate follow, BitSet skip) {
        int from = 0;
        for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, from)) {
            // Every match has a character {@code follow} accepts right after its anchor: an
            // anchor without one is in no match (AT&T, Q&A), and searching on from it would
            // only scan the rest of the text for the next match, which the next anchor finds.
            if (at + 1 >= text.length() || !follow.test(text.charAt(at + 1))) {
                from = at + 1;
                continue;
            }
            int start = at;
            while (start > from && lead.test(text.charAt(start - 1))) {
                start--;
            }
            if (!m.find(start)) {
                return;
            }
            skip.set(m.start(), m.end());
            from = Math.max(m.end(), at + 1);
        }
    }

    /**
     * Marks the matches of {@link #BRACKETED_CREDIT} as {@link #mark} does, trying only the
     * brackets that may open one: a match starts at {@code [} or {@code (}, and holds a slash,
     * {@code via} or {@code photo} before the first bracket or line end after it, which is a
     * closing bracket. Most brackets in news ({@code (BBC)}) fail that test at once.
     */
    static void markBracketedCredits(String text, BitSet skip) {
        Matcher m = BRACKETED_CREDIT.matcher(text);
        int from = 0;
        while (true) {
            int at = nextOpeningBracket(text, from);
            if (at < 0) {
                return;
            }
            if (!mayOpenCredit(text, at)) {
                from = at + 1;
                continue;
            }
            if (!m.find(at)) {
                return;
            }
            skip.set(m.start(), m.end());
            from = m.end();
        }
    }

    private static int nextOpeningBracket(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '[' || c == '(') {
                return k;
            }
        }
        return -1;
    }

    /** A necessary condition for a match of {@link #BRACKETED_CREDIT} at {@code at}. */
    private static boolean mayOpenCredit(String text, int at) {
        boolean marker = false;
        for (int k = at + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '[' || c == '(' || c == '\n') {
                return false;
            }
            if (c == ']' || c == ')') {
                return marker;
            }
            // via is matched as written, the labels in either case of ASCII letters only
            marker |= c == '/' || (c == 'v' && text.startsWith("via", k))
                    || ((c == 'p' || c == 'P') && (text.regionMatches(true, k, "photo", 0, 5)
                            || text.regionMatches(true, k, "pic", 0, 3)))
                    || ((c == 'i' || c == 'I') && text.regionMatches(true, k, "image", 0, 5))
                    || ((c == 'c' || c == 'C') && text.regionMatches(true, k, "credit", 0, 6));
        }
        return false;
    }

    /** A character of {@code \\w}: an ASCII letter, digit or underscore. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_';
    }

    /** A character of {@code [\\w.+-]}, the local part of an e-mail address. */
    private static boolean isAddressPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '+' || c == '-';
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }

    /**
     * File and domain names: words joined by a dot and a lower-case letter with no space,
     * {@code kremlin.ru}, {@code report.pdf}, {@code Amazon.com}.
     */
    private static void markDottedNames(String text, BitSet skip) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot == 0 || dot + 1 >= text.length()
                    || !Character.isLetterOrDigit(text.charAt(dot - 1))
                    || !Character.isLowerCase(text.charAt(dot + 1))) {
                continue;
            }
            int start = dot - 1;
            while (start > 0 && isNamePart(text.charAt(start - 1))) {
                start--;
            }
            int end = dot + 1;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            skip.set(start, end);
        }
    }

    /**
     * The species of a scientific name after its abbreviated genus, {@code E. coli},
     * {@code T. rex}: a lone capital and a full stop, then a lower-case word. Latin epithets are
     * in no English dictionary, and prose has no other use for a lower-case word after a lone
     * initial (a sentence ending in a capital letter starts the next with one).
     */
    static void markSpeciesNames(String text, BitSet skip) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot == 0 || !Character.isUpperCase(text.charAt(dot - 1))
                    || (dot >= 2 && (Character.isLetter(text.charAt(dot - 2))
                            || text.charAt(dot - 2) == '.'))) {
                continue;
            }
            int start = dot + 1;
            if (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                end++;
            }
            if (end - start >= MIN_EPITHET
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                skip.set(dot - 1, end);
            }
        }
    }

    /** Letters of the shortest species name marked ({@code rex}). */
    private static final int MIN_EPITHET = 3;

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
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
