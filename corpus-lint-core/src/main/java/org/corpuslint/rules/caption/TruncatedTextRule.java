package org.corpuslint.rules.caption;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/** A caption or line cut off with an ellipsis in mid-sentence. */
public final class TruncatedTextRule extends PhotoRule {

    public static final String ID = "truncated-text";

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "A caption or line is cut off with an ellipsis in mid-sentence.",
            "Sites shorten long captions and teasers to a fixed length and end them with `…`;"
                    + " a scraper that keeps the short form stores half a sentence. The rule"
                    + " reports a photo caption (a line followed by its credit, or part of a"
                    + " gallery) that ends in `…` or `...`, and any other line whose ellipsis"
                    + " follows a word a sentence cannot end on (`the…`, `with...`). An ellipsis"
                    + " closing a quotation, and a line that trails off with several ellipses,"
                    + " are deliberate and stay quiet.",
            "`The ministers sign the agreement as officials look on during the…` above"
                    + " `Jane Doe / NTB`: `warning [truncated-text] caption cut off mid-sentence"
                    + " at '…look on during the…'`",
            List.of(CaptionOptions.AGENCIES));

    /** Words a sentence does not end on: articles, prepositions, conjunctions, auxiliaries. */
    private static final Set<String> UNFINISHED = Set.of("a", "an", "the", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "into", "onto", "over", "under", "about",
            "and", "or", "but", "nor", "that", "which", "who", "whose", "whom", "as", "than",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "shall", "their", "his", "her",
            "its", "our", "your", "my", "this", "these", "those", "very", "during", "after",
            "before", "between", "through", "while", "because", "if", "when", "where");
    private static final int MIN_WORDS_OUTSIDE_CAPTIONS = 6;
    private static final int TAIL_CHARS = 30;

    public TruncatedTextRule() {
        super(METADATA);
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        PhotoLayout layout = null;
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            String text = document.line(line).stripTrailing();
            int ellipsis = ellipsisStart(text);
            if (ellipsis <= 0 || !Character.isLetterOrDigit(text.charAt(ellipsis - 1))) {
                continue; // "word …" or a lone ellipsis: a pause, not a cut
            }
            if (layout == null) {
                layout = layout(context);
            }
            String tail = tail(text);
            if (layout.isCaption(line)) {
                LineReports.reportLine(context, line,
                        "caption cut off mid-sentence at '" + tail + "'");
            } else if (unfinishedProse(text, ellipsis)) {
                LineReports.reportLine(context, line,
                        "line cut off mid-sentence at '" + tail + "'");
            }
        }
    }

    /** Where the ellipsis ending {@code text} starts, or -1. */
    private static int ellipsisStart(String text) {
        if (text.endsWith("…")) {
            return text.length() - 1;
        }
        return text.endsWith("...") ? text.length() - 3 : -1;
    }

    private static boolean unfinishedProse(String text, int ellipsisStart) {
        String before = text.substring(0, ellipsisStart);
        if (before.contains("…") || before.contains("...")) {
            return false; // trails off more than once: a manner of writing
        }
        List<Token> words = WordTokenizer.tokenize(before);
        if (words.size() < MIN_WORDS_OUTSIDE_CAPTIONS) {
            return false;
        }
        String last = words.get(words.size() - 1).text().toLowerCase(Locale.ROOT);
        return UNFINISHED.contains(last) && !insideOpenQuote(before);
    }

    private static boolean insideOpenQuote(String text) {
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        long straight = text.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1;
    }

    private static String tail(String text) {
        int from = Math.max(0, text.length() - TAIL_CHARS);
        int space = text.indexOf(' ', from);
        String tail = space > 0 && space < text.length() - 1 ? text.substring(space + 1)
                : text.substring(from);
        return "…" + tail;
    }
}
