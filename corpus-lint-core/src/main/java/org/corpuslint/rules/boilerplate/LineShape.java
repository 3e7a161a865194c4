package org.corpuslint.rules.boilerplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line looks like, independent of what it says: its length in words, how it ends,
 * whether it speaks to the reader, and whether it carries an e-mail address, a URL or a
 * copyright sign.
 *
 * @param words the line's normalised words
 * @param shortLine at most {@value #SHORT_WORDS} words and not ending with a full stop: a
 *     button, label or link rather than a sentence
 * @param exclaims a line of at most {@value #EXCLAIM_WORDS} words ending with {@code !}
 * @param proseShaped at least {@value #PROSE_WORDS} words ending as a sentence ends
 * @param quoted contains quotation marks: reported speech
 * @param addressesReader says you, your, our, us or please outside quoted speech, in at most
 *     {@value #APPEAL_WORDS} words
 * @param email contains an e-mail address (counted as one word in the shape)
 * @param url contains a web address
 * @param endsWithAddress the line ends with its e-mail or web address ({@code Tips: a@b.com})
 * @param copyrightSign contains {@code ©}, or {@code (c)} or {@code copyright} before a year
 * @param sentence at least {@value #SENTENCE_WORDS} words ending as a sentence ends
 * @param labelled starts with a label of up to three words and a colon ({@code Read more:})
 * @param menu a row of links: three or more short items between {@code |}, {@code >},
 *     {@code »}, {@code •} or {@code ·}, or a breadcrumb from {@code Home}
 * @param headline shaped like a title or a caption: at least {@value #HEADLINE_WORDS} words,
 *     starting with a capital or a digit, no question or exclamation mark, not ending with a
 *     full stop, colon or comma, in the third person (no reader, first-person or "please"
 *     words), and not a menu, label or address
 * @param reported says who said it ({@code said}, {@code told}, {@code according to}): news
 *     prose attributes what it reports, page chrome does not
 * @param endsWithStop ends with a full stop or an ellipsis: a sentence, not a link or a label
 * @param endsWithEllipsis ends with an ellipsis ({@code …} or {@code ...}): the text goes on
 * @param question ends with a question mark
 * @param introducesWhatFollows ends with a colon ({@code The council agreed to:})
 * @param bulleted starts with a list bullet ({@code - }, {@code • }, {@code * })
 * @param callToAction a sentence that opens with a verb telling the reader what to do
 *     ({@code Subscribe to ...}, {@code Get the app ...}), outside quoted speech: an appeal
 *     without "you"; with a price it is an offer the story lists ({@code Get it at Example
 *     Store for $49}), after a label and a colon a caption's kicker ({@code Watch out: ...})
 * @param siteVoice the site speaks of itself: {@code we} outside quoted speech, in a sentence
 *     of at most {@value #SITE_VOICE_WORDS} words that reports no one ({@code We moderate
 *     comments before they appear})
 */
record LineShape(
        List<String> words, boolean shortLine, boolean exclaims, boolean proseShaped,
        boolean quoted, boolean addressesReader, boolean email, boolean url, boolean endsWithAddress,
        boolean copyrightSign,
        boolean sentence, boolean labelled, boolean menu, boolean headline, boolean reported,
        boolean endsWithStop, boolean endsWithEllipsis, boolean question, boolean introducesWhatFollows,
        boolean bulleted, boolean siteVoice, boolean callToAction) {

    static final int SHORT_WORDS = 8;
    static final int EXCLAIM_WORDS = 12;
    static final int PROSE_WORDS = 10;
    static final int SENTENCE_WORDS = 5;
    static final int APPEAL_WORDS = 60;
    static final int SITE_VOICE_WORDS = 25;
    static final int HEADLINE_WORDS = 5;
    private static final int LABEL_WORDS = 3;
    private static final int MENU_ITEM_WORDS = 3;

    private static final Set<String> FIRST_PERSON_WORDS = Set.of("i", "i'd", "i'm", "i've",
            "i'll", "me", "my", "mine", "we", "we're", "we've", "we'll", "we'd");
    private static final Set<String> REPORTING_WORDS = Set.of("said", "says", "told",
            "according", "announced", "stated");
    /** Verbs that open an appeal or a control; news prose opens with its subject. */
    private static final Set<String> CALL_TO_ACTION_VERBS = Set.of("subscribe", "get", "sign",
            "join", "download", "click", "tap", "follow", "register", "discover", "shop", "buy",
            "order", "visit", "explore", "donate", "support", "become", "upgrade", "unlock",
            "claim", "grab", "listen", "watch", "read", "learn", "check", "try", "enjoy");
    private static final Set<String> SITE_WORDS = Set.of("we", "we're", "we've", "we'll",
            "we'd");
    private static final Set<String> READER_WORDS = Set.of("you", "your", "yours", "yourself",
            "you're", "you've", "you'll", "you'd", "our", "ours", "us", "please");
    /** What each word of the sets above is, as bits: one look-up per word of a line. */
    private static final Map<String, Integer> WORD_CLASSES = new HashMap<>();
    private static final int FIRST_PERSON = 1;
    private static final int REPORTING = 2;
    private static final int SITE = 4;
    private static final int READER = 8;

    static {
        FIRST_PERSON_WORDS.forEach(word -> WORD_CLASSES.merge(word, FIRST_PERSON, (a, b) -> a | b));
        REPORTING_WORDS.forEach(word -> WORD_CLASSES.merge(word, REPORTING, (a, b) -> a | b));
        SITE_WORDS.forEach(word -> WORD_CLASSES.merge(word, SITE, (a, b) -> a | b));
        READER_WORDS.forEach(word -> WORD_CLASSES.merge(word, READER, (a, b) -> a | b));
    }

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+\\.(com|org|net|co\\.uk|io|news)/\\S*");
    private static final Pattern COPYRIGHT =
            Pattern.compile("©|(?i)(\\(c\\)|copyright)\\s*(19|20)\\d\\d");
    private static final Pattern READER_US = Pattern.compile("(?<![\\p{L}\\p{N}])[uU]s(?![\\p{L}\\p{N}])");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|>»•·›]\\s|\\s?[|»•·›]\\s?");

    /** The shape of a long paragraph, whose words are not looked at. */
    static final LineShape PARAGRAPH = new LineShape(List.of(), false, false, true, false, false,
            false, false, false, false, true, false, false, false, false, true, false, false,
            false, false, false, false);

    static LineShape of(String line, List<String> words) {
        int last = lastNonSpace(line);
        char end = last < 0 ? ' ' : line.charAt(last);
        boolean endsSentence = ".!?…\"”’')".indexOf(end) >= 0;
        Matcher email = line.indexOf('@') >= 0 ? EMAIL.matcher(line) : null;
        boolean hasEmail = email != null && email.find();
        Matcher url = mayHaveUrl(line) ? URL.matcher(line) : null;
        boolean hasUrl = url != null && url.find();
        int n = words.size();
        boolean endsWithAddress = false;
        if (hasEmail || hasUrl) {
            // An address is one item, not the four or five words it tokenises into.
            String withoutAddresses = line;
            if (hasEmail) {
                endsWithAddress = last < email.end() + 1;
                withoutAddresses = EMAIL.matcher(withoutAddresses).replaceAll(" ");
            }
            if (hasUrl) {
                endsWithAddress |= last < url.end() + 1;
                withoutAddresses = URL.matcher(withoutAddresses).replaceAll(" ");
            }
            n = LineWords.normalisedWords(withoutAddresses).size();
        }
        boolean quoted = quoted(line);
        int classes = classes(words);
        boolean reporting = (classes & REPORTING) != 0;
        boolean readerWords = (classes & READER) != 0 && addressesReader(line, words);
        boolean addressesReader = !quoted && readerWords;
        boolean labelled = labelled(line);
        boolean menu = menu(line, words) || slashBreadcrumb(line, words);
        return new LineShape(words,
                n <= SHORT_WORDS && end != '.',
                n <= EXCLAIM_WORDS && end == '!',
                n >= PROSE_WORDS && endsSentence,
                quoted,
                addressesReader,
                hasEmail,
                hasUrl,
                endsWithAddress,
                (line.indexOf('©') >= 0 || line.contains("(c)") || line.contains("(C)")
                        || words.contains("copyright")) && COPYRIGHT.matcher(line).find(),
                n >= SENTENCE_WORDS && endsSentence,
                labelled,
                menu,
                n >= HEADLINE_WORDS && ".:,;".indexOf(end) < 0 && line.indexOf('?') < 0
                        && line.indexOf('!') < 0 && !readerWords
                        && (classes & FIRST_PERSON) == 0 && !menu && !labelled
                        && !hasEmail && !hasUrl && startsAsATitle(line),
                reporting,
                end == '.' || end == '…',
                end == '…' || line.stripTrailing().endsWith("..."),
                end == '?',
                end == ':',
                bulleted(line),
                !quoted && n <= SITE_VOICE_WORDS && (classes & SITE) != 0 && !reporting,
                !quoted && n >= SENTENCE_WORDS && endsSentence && !labelled
                        && CALL_TO_ACTION_VERBS.contains(words.get(0))
                        && !reporting && !Prices.mentioned(line));
    }

    /** The {@link #WORD_CLASSES} bits of any of {@code words}. */
    private static int classes(List<String> words) {
        int classes = 0;
        for (String word : words) {
            Integer wordClasses = WORD_CLASSES.get(word);
            if (wordClasses != null) {
                classes |= wordClasses;
            }
        }
        return classes;
    }

    /** The first letter or digit is a capital or a digit, after any opening quote. */
    private static boolean startsAsATitle(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    private static boolean mayHaveUrl(String line) {
        return line.contains("http") || line.contains("www.")
                || line.indexOf('/') >= 0 && (line.contains(".com") || line.contains(".org")
                        || line.contains(".net") || line.contains(".co.uk")
                        || line.contains(".io") || line.contains(".news"));
    }

    private static boolean labelled(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon + 1 < line.length() && !Character.isWhitespace(line.charAt(colon + 1))) {
            return false;
        }
        // Count the words before the colon without building them.
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < colon; i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord && ++words > LABEL_WORDS) {
                return false;
            }
            inWord = letter;
        }
        return words >= 1;
    }

    private static boolean menu(String line, List<String> words) {
        if (words.isEmpty() || words.size() > 20 || !hasMenuSeparator(line)) {
            return false;
        }
        String[] items = MENU_SEPARATOR.split(line.strip());
        return shortItems(items) && (items.length >= 3 || words.get(0).equals("home"));
    }

    /**
     * Two link texts of one to three words each with a bar between them ({@code Manage | Log
     * out}), no digits: a menu too short to be one alone, so only a weak cue. A dot or an
     * arrow between two items is as often a tagline's or a byline's typography.
     */
    static boolean linkPair(String line, LineShape shape) {
        if (shape.menu() || shape.words().size() > 2 * MENU_ITEM_WORDS
                || line.indexOf('|') < 0) {
            return false;
        }
        String[] items = line.strip().split("\\s*\\|\\s*");
        // Dates, scores and figures with a bar between them are data, not links.
        return items.length == 2 && shortItems(items) && !hasDigit(line);
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Home / News / Local}: a slash separates items only in a path from the home page. */
    private static boolean slashBreadcrumb(String line, List<String> words) {
        return !words.isEmpty() && words.get(0).equals("home") && words.size() <= 12
                && line.indexOf('/') >= 0 && shortItems(line.strip().split("\\s*/\\s*"));
    }

    /** Two or more items of one to {@value #MENU_ITEM_WORDS} words each. */
    private static boolean shortItems(String[] items) {
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            int n = LineWords.normalisedWords(item).size();
            if (n == 0 || n > MENU_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMenuSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '|', '>', '»', '•', '·', '›':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean bulleted(String line) {
        String trimmed = line.stripLeading();
        return trimmed.length() > 2 && "-•*–·".indexOf(trimmed.charAt(0)) >= 0
                && Character.isWhitespace(trimmed.charAt(1));
    }

    /**
     * Some quotation marks hold speech. A title in quotation marks ({@code our sister magazine
     * "Harbour Life"}: a few words, each capitalised but the small ones) is a name, not speech.
     */
    private static boolean quoted(String line) {
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                if (open < 0) {
                    open = i;
                } else {
                    if (!QuotedTitle.is(line.substring(open + 1, i))) {
                        return true;
                    }
                    open = -1;
                }
            }
        }
        return open >= 0;
    }

    /** Quoted speech ("your support means a lot," she said) is the article talking. */
    private static boolean addressesReader(String line, List<String> words) {
        // An appeal is a sentence or three; a columnist's long paragraph says "you" too.
        if (words.size() > APPEAL_WORDS) {
            return false;
        }
        for (String word : words) {
            if (READER_WORDS.contains(word) && (!word.equals("us") || readerUs(line))) {
                return true;
            }
        }
        return false;
    }

    /** {@code us} or {@code Us} as a word: the reader and the site; {@code US} is a country. */
    private static boolean readerUs(String line) {
        Matcher us = READER_US.matcher(line);
        return us.find();
    }

    private static int lastNonSpace(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00A0'
                || line.charAt(i) == '\u202F')) {
            i--;
        }
        return i;
    }
}
