package org.corpuslint.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates the content of hostile corpus files: each {@link Shape} is one way text can be odd
 * or broken. Everything comes from the given {@link Random}, so a seed reproduces a document.
 * The shapes that defects still being fixed elsewhere trip over (huge tokens, backtracking
 * lines, UTF-16) have their own generators below, used by their own test methods.
 */
final class HostileDocuments {

    /** What the engine must make of a document: an invalid-input finding, text, or either. */
    enum Input {
        UNLINTABLE,
        TEXT,
        EITHER
    }

    /** A way text can be hostile, and what the engine must make of it. */
    enum Shape {
        RANDOM_BYTES(Input.EITHER, 4),
        INVALID_UTF8(Input.UNLINTABLE, 4),
        NUL_BYTES(Input.UNLINTABLE, 4),
        BOMS(Input.EITHER, 4),
        EMPTY(Input.UNLINTABLE, 2),
        ONLY_WHITESPACE(Input.UNLINTABLE, 4),
        LINE_OVER_LIMIT(Input.UNLINTABLE, 2),
        LONG_LINE(Input.TEXT, 1),
        DEEP_NESTING(Input.TEXT, 4),
        THOUSANDS_OF_LINES(Input.TEXT, 1),
        CR_ONLY_LINE_ENDS(Input.TEXT, 4),
        MIXED_SCRIPTS(Input.TEXT, 2),
        COMBINING_MARKS(Input.TEXT, 2),
        SURROGATE_PAIRS(Input.TEXT, 4),
        BIDI_AND_ZERO_WIDTH(Input.TEXT, 4),
        CONTROL_CHARACTERS(Input.TEXT, 4),
        BROKEN_DATE_HEADERS(Input.TEXT, 4),
        CAPTIONS_AND_CREDITS(Input.TEXT, 4),
        BOILERPLATE(Input.TEXT, 4),
        ARTICLE(Input.TEXT, 4);

        final Input input;
        /**
         * How often the shape is drawn, relative to the others: the shapes that cost a rule
         * most per document (thousands of lines, long lines, words no dictionary knows) are
         * drawn less often, so that 10,000 documents stay a test of well under a minute.
         */
        final int weight;

        Shape(Input input, int weight) {
            this.input = input;
            this.weight = weight;
        }

        static Shape draw(Random random) {
            int total = 0;
            for (Shape shape : values()) {
                total += shape.weight;
            }
            int pick = random.nextInt(total);
            for (Shape shape : values()) {
                pick -= shape.weight;
                if (pick < 0) {
                    return shape;
                }
            }
            throw new IllegalStateException();
        }
    }

    /** Bigger than the engine's default line limit (100,000 characters). */
    static final int OVER_LINE_LIMIT = 100_001;

    private static final String[] WORDS = {"the", "council", "said", "harbour", "ferry", "Kestel",
        "Marrow", "Bay", "repairs", "on", "Tuesday", "minister", "reported", "crossings", "police",
        "a", "of", "and", "to", "in", "Postgres", "Pyongyang", "Pyonyang", "recieve", "teh",
        "alot", "CD", "roms", "Contract", "Office", "O'Neill", "e-mail", "3.5", "£40m", "U.S."};
    private static final String[] SCRIPTS = {"Привет мир", "مرحبا بالعالم", "שלום עולם",
        "你好世界", "こんにちは", "안녕하세요", "नमस्ते दुनिया", "Γειά σου Κόσμε", "สวัสดีชาวโลก",
        "Ελλάδα Straße İstanbul ǅemal", "ﬁﬂ ligature ﬀ"};
    private static final String[] ODD_CHARACTERS = {"\u200B", "\u200C", "\u200D", "\u2060",
        "\uFEFF", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061C", "\u200E", "\u200F", "\u00AD", "\u2028", "\u2029", "\u0085"};
    private static final String[] CHROME = {"Share this article", "Sign up for our newsletter",
        "Support local reporting", "Comments are closed", "Advertisement", "Read more:",
        "© 2024 Harbour Media Ltd. All rights reserved.", "Follow us on Twitter @harbour",
        "Click here to subscribe", "Accept cookies", "Donate now", "Related: Ferry news"};
    private static final String[] CREDITS = {"Photograph: Jane Doe/The Harbour Post",
        "Jane Doe for The Valley Times", "Photo: Reuters", "(AP Photo/John Smith)",
        "Getty Images", "Credit: AFP via Getty Images", "Picture: PA", "Photo by Alex Roe",
        "Image: Shutterstock", "Photograph: /", "Photo:", "(Photo/)", "Getty Images Getty"};

    private HostileDocuments() {}

    static byte[] generate(Shape shape, Random random) {
        return switch (shape) {
            case RANDOM_BYTES -> randomBytes(random, 1 + random.nextInt(4000));
            case INVALID_UTF8 -> invalidUtf8(random);
            case NUL_BYTES -> withNul(random);
            case BOMS -> boms(random);
            case EMPTY -> new byte[0];
            case ONLY_WHITESPACE -> utf8(onlyWhitespace(random));
            case LINE_OVER_LIMIT -> utf8(header(random) + repeat("word ", OVER_LINE_LIMIT) + "\n");
            case LONG_LINE -> utf8(header(random) + longLine(random) + "\n");
            case DEEP_NESTING -> utf8(header(random) + deepNesting(random) + "\n");
            case THOUSANDS_OF_LINES -> utf8(thousandsOfLines(random));
            case CR_ONLY_LINE_ENDS -> utf8(article(random).replace("\n", "\r"));
            case MIXED_SCRIPTS -> utf8(sprinkled(random, SCRIPTS));
            case COMBINING_MARKS -> utf8(combiningMarks(random));
            case SURROGATE_PAIRS -> utf8(surrogatePairs(random));
            case BIDI_AND_ZERO_WIDTH -> utf8(sprinkled(random, ODD_CHARACTERS));
            case CONTROL_CHARACTERS -> utf8(controlCharacters(random));
            case BROKEN_DATE_HEADERS -> utf8(brokenHeader(random) + article(random));
            case CAPTIONS_AND_CREDITS -> utf8(captions(random));
            case BOILERPLATE -> utf8(boilerplate(random));
            case ARTICLE -> utf8(header(random) + article(random));
        };
    }

    /** One word of {@code length} letters with no break a tokenizer could split at. */
    static String hugeToken(Random random, int length) {
        StringBuilder token = new StringBuilder(length);
        String letters = random.nextBoolean() ? "abcdefghij" : "Kestel";
        while (token.length() < length) {
            token.append(letters);
        }
        token.setLength(length);
        return token.toString();
    }

    /** An article whose lines hold a huge token, alone or among words. */
    static byte[] hugeTokenDocument(Random random, int length) {
        String token = hugeToken(random, length);
        String line = random.nextBoolean() ? token : "The council said " + token + " today.";
        return utf8(" date 2024-06-19\nFerry news\n\n" + line + "\n" + article(random));
    }

    /** Lines of many commas and no X, which {@code /(.*,){12}X/} backtracks over forever. */
    static byte[] commaHeavyDocument(Random random) {
        StringBuilder text = new StringBuilder(" date 2024-06-19\nFerry news\n\n");
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            int commas = 40 + random.nextInt(40);
            for (int c = 0; c < commas; c++) {
                text.append(random.nextBoolean() ? "," : "a,");
            }
            text.append('\n');
        }
        return utf8(text + article(random));
    }

    static String article(Random random) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int words = 3 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(random.nextInt(4) == 0 ? "\n\n" : ".\n");
        }
        return text.toString();
    }

    private static String header(Random random) {
        return random.nextInt(3) == 0 ? "" : " date 2024-0" + (1 + random.nextInt(9)) + "-1"
                + random.nextInt(10) + "\n";
    }

    private static String brokenHeader(Random random) {
        String[] headers = {" date 2024-13-45\n", " date 2024-02-30\n", " date 0000-00-00\n",
            " date 99999-01-01\n", " date -2024-01-01\n", " date 2024-1-1\n", " date \n",
            " date\n", "date 2024-06-19\n", "  date 2024-06-19\n", " DATE 2024-06-19\n",
            " date 2024-06-19 Share this article\n", " date 19/06/2024\n",
            " date 2024-06-19T10:00:00Z\n", " date 2024-06-19\u200B\n", " date 2031-01-01\n", " date 1066-10-14\n",
            " date ２０２４-０６-１９\n", " date 2024-06-19\r\n", " date 2024-06-19\r",
            " date " + "9".repeat(40) + "\n", " date 2024-06-19 date 2024-06-20\n",
            "\uFEFF date 2024-06-19\n", "\n date 2024-06-19\n"};
        return headers[random.nextInt(headers.length)];
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
            (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, {(byte) 0xC3}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(header(random) + article(random)));
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.writeBytes(utf8(article(random)));
        return out.toByteArray();
    }

    private static byte[] withNul(Random random) {
        byte[] text = utf8(header(random) + article(random));
        text[random.nextInt(text.length)] = 0;
        return text;
    }

    private static byte[] boms(Random random) {
        byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF,
                (byte) 0xBB, (byte) 0xBF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(boms[random.nextInt(boms.length)]);
        String text = random.nextBoolean() ? header(random) + article(random) : "";
        out.writeBytes(utf8(text));
        return out.toByteArray();
    }

    private static String onlyWhitespace(Random random) {
        String[] blanks = {" ", "\t", "\n", "\r\n", "\r", "\u000B", "\u000C"};
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(3000);
        for (int i = 0; i < count; i++) {
            text.append(blanks[random.nextInt(blanks.length)]);
        }
        return text.toString();
    }

    private static String longLine(Random random) {
        StringBuilder line = new StringBuilder();
        int target = 5_000 + random.nextInt(90_000);
        while (line.length() < target) {
            line.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0
                    ? ", " : " ");
        }
        return line.toString();
    }

    private static String deepNesting(Random random) {
        String[][] pairs = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"\"", "\""}, {"'", "'"},
            {"«", "»"}, {"“", "”"}, {"<", ">"}, {"‹", "›"}};
        int depth = 100 + random.nextInt(5000);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            String[] pair = pairs[random.nextInt(pairs.length)];
            open.append(pair[0]);
            close.insert(0, pair[1]);
        }
        // Sometimes unbalanced: the closing half is cut short.
        String tail = random.nextBoolean() ? close.toString()
                : close.substring(0, random.nextInt(close.length()));
        return open + "the council said" + tail;
    }

    private static String thousandsOfLines(Random random) {
        StringBuilder text = new StringBuilder(header(random));
        int lines = 1_000 + random.nextInt(2_000);
        for (int i = 0; i < lines; i++) {
            text.append(random.nextInt(5) == 0 ? "" : WORDS[random.nextInt(WORDS.length)])
                    .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }

    /** An article with {@code pieces} put between letters and between words. */
    private static String sprinkled(Random random, String[] pieces) {
        String text = header(random) + article(random);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (random.nextInt(text.charAt(i) == ' ' ? 2 : 12) == 0) {
                out.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return out.toString();
    }

    private static String combiningMarks(Random random) {
        String text = header(random) + article(random);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            int marks = random.nextInt(12) == 0 ? random.nextInt(random.nextInt(10) == 0 ? 60 : 6)
                    : 0;
            for (int m = 0; m < marks; m++) {
                out.append((char) (0x0300 + random.nextInt(0x70)));
            }
        }
        return out.toString();
    }

    private static String surrogatePairs(Random random) {
        int[] codePoints = {0x1F600, 0x1F4A9, 0x1D400, 0x1D4D0, 0x10348, 0x20000, 0x1F1EC,
            0x1F1E7, 0x1F3FD, 0xE0067, 0x1F468, 0x200D, 0x1F469, 0x10FFFD};
        String text = header(random) + article(random);
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            out.append(word);
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            out.append(' ');
        }
        return out.toString();
    }

    private static String controlCharacters(Random random) {
        String text = header(random) + article(random);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (random.nextInt(10) == 0) {
                char c = (char) (1 + random.nextInt(31));
                out.append(random.nextInt(5) == 0 ? "\u001B[2J\u001B]0;title\u0007" : c);
            }
            if (random.nextInt(50) == 0) {
                out.append('\u007F').append((char) (0x80 + random.nextInt(32)));
            }
        }
        return out.toString();
    }

    private static String captions(Random random) {
        StringBuilder text = new StringBuilder(header(random)).append("Ferry news\n\n");
        int lines = 2 + random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append(CREDITS[random.nextInt(CREDITS.length)]);
                case 1 -> text.append("The ferry at Kestel harbour. ")
                        .append(CREDITS[random.nextInt(CREDITS.length)]);
                case 2 -> text.append("Image ").append(random.nextInt(40)).append(" of ")
                        .append(random.nextInt(40));
                case 3 -> text.append("The council said the crossings restart on Tuesday and"
                        + " the repairs are");
                default -> text.append(article(random).strip());
            }
            text.append(random.nextBoolean() ? "\n" : "\n\n");
        }
        return text.toString();
    }

    private static String boilerplate(Random random) {
        StringBuilder text = new StringBuilder(header(random)).append("Ferry news\n\n");
        int lines = 2 + random.nextInt(10);
        for (int i = 0; i < lines; i++) {
            String line = random.nextBoolean() ? CHROME[random.nextInt(CHROME.length)]
                    : article(random).strip();
            text.append(line).append('\n');
            if (random.nextInt(4) == 0) {
                text.append(line).append('\n'); // an exact duplicate line, a fixable finding
            }
        }
        return text.toString();
    }

    private static String repeat(String unit, int atLeast) {
        StringBuilder out = new StringBuilder(atLeast + unit.length());
        while (out.length() < atLeast) {
            out.append(unit);
        }
        return out.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
