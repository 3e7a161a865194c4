package org.corpuslint.text.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo credits by their structure: an optional label ({@code Photo:},
 * {@code Credit:}, {@code ©}, {@code Courtesy of}), then a short run of names separated by
 * {@code /}, commas, {@code via} or {@code for}, ending in or containing an agency, a domain or a
 * name-slash-name chain, with no sentence verb. Agencies come from {@link Agencies}; the
 * structure carries credits whose agency is not listed ({@code Jane Doe / Nordic Photo}).
 */
public final class CreditParser {

    private static final String SINGLE_LABELS = "photo\\s+credit|image\\s+credit|image\\s+source"
            + "|picture\\s+source|photographer|photograph|photo|picture|pic|image|credit|foto"
            + "|illustration|graphic|screenshot|screengrab|source";
    private static final String GROUP_LABELS =
            "(?:all\\s+)?(?:photographs|photos|pictures|images|credits|fotos)";
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?:(?<group>" + GROUP_LABELS
            + ")|" + SINGLE_LABELS + ")\\s*(?::|\\.\\.\\.|…|\\||–|—|-\\s)"
            + "|(?:image\\s+source|image\\s+credit|photo\\s+credit),"
            + "|(?:(?-i:\\p{Lu}\\p{L}*)\\s+)?" // a kind of photo: Pool photo by, Staff photo by
            + "(?:(?<groupBy>" + GROUP_LABELS + ")|photograph|photo|picture|image|illustration)"
            + "\\s+(?:by|courtesy(?:\\s+of)?)\\b"
            + "|courtesy(?:\\s+of)?\\b|©|\\(c\\)|copyright\\b)\\s*");
    /** Where an inline labelled credit may start inside a caption line. */
    static final Pattern INLINE_LABEL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:"
            + GROUP_LABELS + "|" + SINGLE_LABELS + ")\\s*(?::|\\s+by\\b)|©");
    /** A sentence end with a capital glued to it: a lower-case word or a number before it. */
    static final Pattern GLUED = Pattern.compile("[\\p{Ll}\\p{N}]{2}[.!?][”\"’)]?(?=\\p{Lu})");
    /** What ends the caption text before an unlabelled credit. */
    static final List<String> SEPARATORS =
            List.of(". ", "! ", "? ", " - ", " – ", " — ", " | ", "  ", "\t");
    /**
     * The characters before the closing space of the separators that end in one (the others
     * end in a tab): a space after any other character ends no separator.
     */
    private static final String SEPARATOR_PENULTIMATES = SEPARATORS.stream()
            .filter(separator -> separator.length() >= 2 && separator.endsWith(" "))
            .map(separator -> separator.substring(separator.length() - 2, separator.length() - 1))
            .distinct().collect(java.util.stream.Collectors.joining());
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)(?:www\\.)?[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}");
    private static final Pattern FOR_STRUCTURE = Pattern.compile(
            "^\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,3}\\s+for\\s+(?:[Tt]he\\s+)?\\p{Lu}.*");
    /**
     * A heading opens with an article or a question word ({@code A Plan for Rail}, {@code How
     * to Vote for Change}); a photographer's name never does.
     */
    private static final Pattern HEADING_OPENING = Pattern.compile("^(?i:a|an|the|this|these"
            + "|that|our|your|my|how|why|what|when|where|who|which|new|more|best|top)\\s");
    /** A person's name in brackets: two to four capitalised words ({@code (Jane Doe)}). */
    private static final Pattern BRACKETED_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+"
            + "(?:\\s+(?:(?:de|van|von|der|da|di|al|el|bin|le|la)\\s+)?\\p{Lu}[\\p{L}'’.-]*){1,3}");
    /**
     * Square brackets closing a caption hold its credit, in news pages nothing else: a name of
     * one capitalised word is enough there ({@code [Studio]}). A word in capitals is a tag
     * ({@code [VIDEO]}), unless the agency list knows it.
     */
    private static final Pattern SQUARE_BRACKETED_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");
    /** What separates the parts of a credit; a credit without any is short. */
    private static final Pattern PART_SEPARATOR =
            Pattern.compile("[/|,;(\\[]|\\s(?:via|for|by)\\s");
    /** Words an unlabelled credit with no separator may have: an agency alone, a name. */
    private static final int MAX_UNSEPARATED_WORDS = 5;
    private static final Pattern VIA_STRUCTURE =
            Pattern.compile(".*\\p{Lu}.*\\svia\\s+.*\\p{Lu}.*");
    /** Lower-case words that belong in credits: {@code Name for the Guardian}, {@code imago}. */
    private static final Set<String> CONNECTORS = Set.of("via", "for", "the", "of", "and", "de",
            "del", "la", "le", "van", "von", "der", "den", "du", "da", "di", "al", "el", "bin",
            "images", "image", "photo", "photos", "pool", "handout", "channel", "press",
            "service", "news", "agency", "file", "files", "by");
    /** Last words that name a photo service ({@code Nordic Press Photo}, {@code Baltic Images}). */
    private static final Set<String> SERVICE_WORDS = Set.of("images", "photo", "photos",
            "pictures", "photography", "photographer", "press", "agency", "media", "studio",
            "studios", "pool", "handout", "archive", "archives", "collection");
    /**
     * Last words of a company's name ({@code Example Motors, Inc.}, {@code Harbour Films Ltd}):
     * a company that hands out its own product photos is their source.
     */
    private static final Set<String> COMPANY_WORDS = Set.of("inc", "ltd", "llc", "corp",
            "plc", "gmbh");
    /** The last letters of {@link #COMPANY_WORDS}. */
    private static final String COMPANY_WORD_ENDS = COMPANY_WORDS.stream()
            .map(word -> word.substring(word.length() - 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    private static final int MAX_WORDS = 12;
    private static final int MAX_CHARS = 120;

    /** A byline or a sign-off names writers, not a photo's source. */
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|reporting|writing|editing"
            + "|additional\\s+reporting|written|edited|compiled|story)\\b");

    /**
     * A copyright line with its year is the page's notice ({@code © 2024 The Harbour Gazette}),
     * not a photo's credit, which names its owner without one.
     */
    private static final Pattern DATED_NOTICE =
            Pattern.compile("(?i)^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*\\d{4}\\b");

    private final Agencies agencies;

    public CreditParser(Agencies agencies) {
        this.agencies = agencies;
    }

    /** The credit that {@code line} consists of, if it is one; brackets around it are allowed. */
    public Optional<Credit> line(String line) {
        String text = line.strip();
        if (text.length() > 2 && (text.startsWith("[") && text.endsWith("]")
                || text.startsWith("(") && text.endsWith(")"))) {
            return bracketed(text.substring(1, text.length() - 1).strip(), text.startsWith("["));
        }
        return parse(text, true);
    }

    /**
     * The text inside brackets that stand alone or close a caption: a credit, or a person's
     * name, which brackets set apart as the photographer's ({@code (Jane Doe)}).
     */
    private Optional<Credit> bracketed(String inner, boolean square) {
        Optional<Credit> credit = parse(inner, true);
        if (credit.isPresent() || inner.length() > MAX_CHARS || !(square ? SQUARE_BRACKETED_NAME : BRACKETED_NAME)
                .matcher(inner).matches() || inner.chars().noneMatch(Character::isLowerCase)) {
            return credit;
        }
        return Optional.of(new Credit(false));
    }

    /**
     * Where the credit at the end of a caption line starts ({@code ... airport. [KCNA via
     * Reuters]}, {@code ... (Photo: Jane Doe/AP)}, {@code ... 2024. REUTERS/Jane Doe}), or -1.
     */
    public int inlineStart(String line) {
        String text = line.stripTrailing();
        String unpunctuated = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        int open = trailingBracketStart(unpunctuated);
        if (open > 0 && bracketed(unpunctuated.substring(open + 1, unpunctuated.length() - 1)
                .strip(), unpunctuated.charAt(open) == '[').isPresent()) {
            return open;
        }
        // A label needs a colon, 'by' or '©' after it: most prose lines have none.
        if (text.indexOf(':') >= 0 || text.indexOf('©') >= 0 || text.contains(" by ")) {
            List<Integer> labels = inlineLabelStarts(text);
            for (int i = labels.size() - 1; i >= 0; i--) {
                int start = labels.get(i);
                if (start > 0 && afterBoundary(text, start)
                        && parse(text.substring(start), true).isPresent()) {
                    return start;
                }
            }
        }
        int lastStart = lastSentenceStart(text);
        if (lastStart > 0 && lastStart < text.length()) {
            String tail = text.substring(lastStart);
            if (parse(tail, false).isPresent()) {
                return lastStart;
            }
        }
        int glued = gluedStart(text, lastStart);
        if (glued > lastStart && parse(text.substring(glued), true).isPresent()) {
            return glued;
        }
        return -1;
    }

    /**
     * Where {@link #INLINE_LABEL} matches, as {@code find()} finds them, trying only where a
     * match can start: at {@code ©} or at the first three letters of a label word that no ASCII
     * letter or digit precedes. The pattern's scan of every offset of every caption-length line
     * with a colon was a third of the caption rules' time; trying it at every word was still a
     * third of what was left.
     */
    static List<Integer> inlineLabelStarts(String text) {
        Matcher label = null;
        List<Integer> starts = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean mayStart = c == '©' || opensLabelWord(text, i)
                    && (i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1)));
            if (!mayStart) {
                continue;
            }
            if (label == null) {
                label = INLINE_LABEL.matcher(text).useTransparentBounds(true);
            }
            if (label.region(i, n).lookingAt()) {
                starts.add(i);
                i = label.end() - 1; // find() goes on after the match
            }
        }
        return starts;
    }

    /**
     * Whether the three letters at {@code i} open a label word: {@code all}, {@code pho}(to),
     * {@code pic}(ture), {@code ima}(ge), {@code cre}(dit), {@code fot}(o), {@code ill}(ustration),
     * {@code gra}(phic), {@code scr}(eenshot), {@code sou}(rce). The pattern ignores the case of
     * ASCII letters only, so no other character can open a match; most words of a line
     * ({@code for}, {@code also}, {@code some}) are turned away here without running it.
     */
    static boolean opensLabelWord(String text, int i) {
        if (i + 2 >= text.length()) {
            return false;
        }
        char first = text.charAt(i);
        char second = text.charAt(i + 1);
        char third = text.charAt(i + 2);
        if (!isAsciiLetter(first) || !isAsciiLetter(second) || !isAsciiLetter(third)) {
            return false;
        }
        first |= 0x20; // ASCII lower case
        second |= 0x20;
        third |= 0x20;
        return switch (first) {
            case 'a' -> second == 'l' && third == 'l';
            case 'p' -> second == 'h' && third == 'o' || second == 'i' && third == 'c';
            case 'i' -> second == 'm' && third == 'a' || second == 'l' && third == 'l';
            case 'c' -> second == 'r' && third == 'e';
            case 'f' -> second == 'o' && third == 't';
            case 'g' -> second == 'r' && third == 'a';
            case 's' -> second == 'c' && third == 'r' || second == 'o' && third == 'u';
            default -> false;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Where a credit glued to the caption's last sentence starts ({@code ... on Friday.Jane
     * Doe/Reuters}): a capital right after a full stop, with no space; -1 unless it starts
     * after {@code after}. Only the end of the line is searched: a match ends at most six
     * characters after it starts (two letters, each maybe a surrogate pair, the stop and a
     * quote), and no two matches can overlap, so the matches ending after {@code after} are
     * the same whether the scan starts just before it or at the start of the line.
     */
    static int gluedStart(String text, int after) {
        int from = Math.max(0, after - 5);
        if (!mayHoldGluedSentence(text, from)) {
            return -1;
        }
        Matcher glued = GLUED.matcher(text).region(from, text.length());
        int start = -1;
        while (glued.find()) {
            start = glued.end();
        }
        return start > after ? start : -1;
    }

    /**
     * Whether {@code text} has, from {@code from} on, a sentence end followed by a capital with
     * no space (what {@link #GLUED} needs besides the letters before it): a quick test that
     * spares most lines, which have none, the pattern's scan of every position.
     */
    private static boolean mayHoldGluedSentence(String text, int from) {
        int n = text.length();
        for (int i = from; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int next = i + 1;
                if ("”\"’)".indexOf(text.charAt(next)) >= 0 && next + 1 < n) {
                    next++;
                }
                if (Character.isUpperCase(text.codePointAt(next))
                        || Character.isUpperCase(text.charAt(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the text after the last sentence end or separator starts, or -1: the greatest end
     * of any separator, found by one scan from the end (every separator ends in a space or a
     * tab) instead of a scan of the whole line per separator.
     */
    static int lastSentenceStart(String text) {
        for (int end = text.length(); end > 0; end--) {
            char last = text.charAt(end - 1);
            if (last == '\t' || last == ' ' && end >= 2
                    && SEPARATOR_PENULTIMATES.indexOf(text.charAt(end - 2)) >= 0) {
                for (String separator : SEPARATORS) {
                    if (text.startsWith(separator, end - separator.length())) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

    private static int trailingBracketStart(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        char close = text.charAt(text.length() - 1);
        char open = close == ')' ? '(' : close == ']' ? '[' : 0;
        if (open == 0) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == close) {
                depth++;
            } else if (c == open && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A label inside a line starts a credit only after a sentence or a separator. */
    private static boolean afterBoundary(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return ".!?|–—-”\")]".indexOf(last) >= 0;
    }

    /**
     * @param labelAllowed whether a label may open the text; an unlabelled tail of a caption
     *     needs strong structure (an agency, a domain, a slash or {@code via})
     */
    private Optional<Credit> parse(String text, boolean labelAllowed) {
        if (text.isEmpty() || text.length() > MAX_CHARS || BYLINE.matcher(text).lookingAt()
                || DATED_NOTICE.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        Matcher label = LABEL.matcher(text);
        if (labelAllowed && label.lookingAt()) {
            boolean group = label.group("group") != null || label.group("groupBy") != null;
            return labelledBody(text.substring(label.end()).strip())
                    ? Optional.of(new Credit(group)) : Optional.empty();
        }
        return unlabelledBody(text, labelAllowed) ? Optional.of(new Credit(false))
                : Optional.empty();
    }

    private boolean labelledBody(String body) {
        if (body.isEmpty() || endsLikeSentence(body, true)) {
            return false;
        }
        WordCounts counts = count(body);
        return counts.words > 0 && counts.words <= MAX_WORDS && counts.lowercase <= 2
                && (counts.named > 0 || counts.words <= 5);
    }

    private boolean unlabelledBody(String body, boolean wholeLine) {
        // The cheap test first: most tails of prose lines end like a sentence, and only a
        // company's name (which splits the text into words) lets them through; past here,
        // a text that ends like a sentence is a company's name.
        boolean sentenceEnd = endsLikeSentence(body, false);
        if (sentenceEnd && !(mayEndWithCompanyWord(body) && companyName(body))) {
            return false;
        }
        WordCounts counts = count(body);
        if (counts.words == 0 || counts.words > MAX_WORDS || counts.lowercase > 0
                || counts.digits > 0 || counts.named == 0) {
            return false;
        }
        boolean slash = slashChain(body);
        boolean via = VIA_STRUCTURE.matcher(body).matches();
        if (counts.words > MAX_UNSEPARATED_WORDS && !counts.domain
                && !PART_SEPARATOR.matcher(body).find()) {
            return false; // a title-case headline that names an agency
        }
        boolean strong = counts.agency || counts.domain || slash || via || sentenceEnd
                || companyName(body)
                || SERVICE_WORDS.contains(counts.lastWord.toLowerCase(java.util.Locale.ROOT));
        return strong || wholeLine && FOR_STRUCTURE.matcher(body).matches()
                && !HEADING_OPENING.matcher(body).find();
    }

    /**
     * Whether the last letter or digit of {@code body} can end a {@link #COMPANY_WORDS} word:
     * what {@link #companyName} needs, without cutting the text into words. (Only the ASCII
     * capitals lower-case to these letters, and nothing after a credit's last word is a letter
     * or a digit.)
     */
    private static boolean mayEndWithCompanyWord(String body) {
        for (int i = body.length() - 1; i >= 0; i--) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return COMPANY_WORD_ENDS.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return false;
    }

    /** The text ends with a company's legal form ({@code Inc.}, {@code Ltd}). */
    private static boolean companyName(String body) {
        List<String> words = CreditWords.words(body);
        return words.size() >= 2 && COMPANY_WORDS.contains(
                words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean endsLikeSentence(String body, boolean periodAllowed) {
        char last = body.charAt(body.length() - 1);
        return last == '?' || last == '!' || last == ':' || last == ';' || last == ','
                || !periodAllowed && last == '.' && !DOMAIN.matcher(lastWord(body)).matches();
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return text.substring(space + 1, text.length() - 1);
    }

    /** {@code Name / Agency}, {@code Name | Agency}: two or more parts, each with a capital. */
    private static boolean slashChain(String body) {
        if (body.indexOf('/') < 0 && body.indexOf('|') < 0) {
            return false;
        }
        String[] parts = body.split("[/|]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.chars().noneMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    private WordCounts count(String body) {
        List<String> words = CreditWords.words(body);
        List<String> inner = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String part : CreditWords.innerWords(words.get(i))) {
                if (!part.isEmpty()) {
                    inner.add(part);
                    owner.add(i);
                }
            }
        }
        boolean[] innerCovered = new boolean[inner.size()];
        WordCounts counts = new WordCounts();
        counts.agency = agencies.mark(inner, innerCovered);
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < inner.size(); i++) {
            covered[owner.get(i)] |= innerCovered[i];
        }
        counts.words = words.size();
        counts.lastWord = words.isEmpty() ? "" : words.get(words.size() - 1);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            char first = word.charAt(0);
            if (covered[i]) {
                counts.named++;
            } else if (CONNECTORS.contains(word)) {
                continue;
            } else if (word.indexOf('.') > 0 && DOMAIN.matcher(word).matches()) {
                counts.domain = true;
                counts.named++;
            } else if (Character.isUpperCase(first) || first == '@') { // a name or a handle
                counts.named++;
            } else if (Character.isDigit(first)) {
                counts.digits++;
            } else {
                counts.lowercase++;
            }
        }
        return counts;
    }

    private static final class WordCounts {
        int words;
        int named;
        int lowercase;
        int digits;
        boolean agency;
        boolean domain;
        String lastWord = "";
    }
}
