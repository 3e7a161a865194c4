package org.corpuslint.eval.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages one paragraph of a real article the way scraping does, and records where. Mojibake is
 * made by the wrong decoding itself: the paragraph is given the typography an outlet's web page
 * has (curly quotes and apostrophes, en dashes; news-dev is plain ASCII apart from {@code £}),
 * encoded as UTF-8 and decoded with the JDK's Windows-1252 or Latin-1 decoder, once or twice.
 * Entities come from an HTML escaper's rules, markup from page elements, the rest from the
 * characters that editors and converters leave.
 */
final class DamagePlanter {

    static final String[] KINDS = {"mojibake", "entity", "markup", "replacement", "control",
        "invisible", "mixed-script", "nfc"};

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{5,}\\b");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]{3,}\\b");

    private final Random random;

    DamagePlanter(Random random) {
        this.random = random;
    }

    /**
     * {@code paragraph} damaged with {@code kind}, and the damaged spans relative to the
     * returned text; {@code null} when the paragraph offers nothing to damage that way.
     */
    Planted plant(String paragraph, String kind) {
        return switch (kind) {
            case "mojibake" -> mojibake(paragraph);
            case "entity" -> entity(paragraph);
            case "markup" -> markup(paragraph);
            case "replacement" -> insertInWord(paragraph, "\uFFFD", true);
            case "control" -> insertBetweenWords(paragraph,
                    String.valueOf((char) new int[] {0x00, 0x07, 0x0B, 0x1A, 0x1B, 0x85}[random.nextInt(6)]));
            case "invisible" -> insertInWord(paragraph,
                    new String[] {"\u200B", "\u00AD", "\u200C", "\u2060", "\u200E"}[random.nextInt(5)], false);
            case "mixed-script" -> lookAlike(paragraph);
            case "nfc" -> decomposed(paragraph);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /**
     * A damaged paragraph and its damaged spans; {@code repaired} is what an exact repair must
     * give back, or {@code null} when the damage has none (markup, lost characters).
     */
    record Planted(String text, List<int[]> spans, String repaired) {
        Planted(String text, List<int[]> spans) {
            this(text, spans, null);
        }
    }

    private Planted mojibake(String paragraph) {
        String typographic = paragraph.replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019")
                .replaceAll("\"(?=\\S)", "\u201C").replace("\"", "\u201D")
                .replace(" - ", " \u2013 ");
        if (typographic.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        int passes = random.nextInt(5) == 0 ? 2 : 1;
        Charset wrong = random.nextInt(4) == 0 ? StandardCharsets.ISO_8859_1 : CP1252;
        String damaged = typographic;
        boolean lost = false;
        for (int i = 0; i < passes; i++) {
            damaged = new String(damaged.getBytes(StandardCharsets.UTF_8), wrong);
            lost |= damaged.indexOf('\uFFFD') >= 0; // an undefined byte: no exact repair
        }
        // Each non-ASCII character of the original became one run of damaged characters.
        List<int[]> spans = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < typographic.length(); i++) {
            char c = typographic.charAt(i);
            int length = c < 0x80 ? 1 : damagedLength(String.valueOf(c), passes, wrong);
            if (c >= 0x80) {
                spans.add(new int[] {at, at + length});
            }
            at += length;
        }
        return new Planted(damaged, merge(spans),
                lost ? null : typographic);
    }

    private static int damagedLength(String c, int passes, Charset wrong) {
        String d = c;
        for (int i = 0; i < passes; i++) {
            d = new String(d.getBytes(StandardCharsets.UTF_8), wrong);
        }
        return d.length();
    }

    /** Spans that touch are one run of mojibake, reported once. */
    private static List<int[]> merge(List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty() && out.get(out.size() - 1)[1] == s[0]) {
                out.get(out.size() - 1)[1] = s[1];
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** HTML escaping of quotes, apostrophes, ampersands and £, or a no-break space. */
    private Planted entity(String paragraph) {
        StringBuilder out = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        boolean numeric = random.nextBoolean();
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '"' -> numeric ? "&#34;" : "&quot;";
                case '\'' -> numeric ? "&#39;" : "&#x27;";
                case '\u00A3' -> numeric ? "&#163;" : "&pound;";
                default -> null;
            };
            if (entity == null) {
                out.append(c);
            } else {
                spans.add(new int[] {out.length(), out.length() + entity.length()});
                out.append(entity);
            }
        }
        if (spans.isEmpty()) {
            Matcher m = Pattern.compile("\\d+ (?=[a-z])").matcher(paragraph);
            if (!m.find()) {
                return null;
            }
            int space = m.end() - 1;
            return new Planted(paragraph.substring(0, space) + "&nbsp;"
                    + paragraph.substring(space + 1), List.of(new int[] {space, space + 6}),
                    paragraph.substring(0, space) + "\u00A0" + paragraph.substring(space + 1));
        }
        return new Planted(out.toString(), spans, paragraph);
    }

    private Planted markup(String paragraph) {
        switch (random.nextInt(5)) {
            case 0 -> {
                String text = "<p>" + paragraph + "</p>";
                return new Planted(text, List.of(new int[] {0, 3},
                        new int[] {text.length() - 4, text.length()}));
            }
            case 1 -> {
                int cut = sentenceBreak(paragraph);
                if (cut < 0) {
                    return null;
                }
                return new Planted(paragraph.substring(0, cut) + "<br/>"
                        + paragraph.substring(cut), List.of(new int[] {cut, cut + 5}));
            }
            case 2 -> {
                String tag = "[caption id=\"attachment_" + (1000 + random.nextInt(90000))
                        + "\" align=\"aligncenter\" width=\"" + (300 + random.nextInt(700)) + "\"]";
                String text = tag + paragraph + "[/caption]";
                return new Planted(text, List.of(new int[] {0, tag.length()},
                        new int[] {text.length() - 10, text.length()}));
            }
            case 3 -> {
                String image = "![](https://example.org/images/" + random.nextInt(99999) + ".jpg)";
                return new Planted(image + " " + paragraph, List.of(new int[] {0, image.length()}));
            }
            default -> {
                Matcher m = WORD.matcher(paragraph);
                if (!m.find()) {
                    return null;
                }
                String open = "<a href=\"https://example.org/story/" + random.nextInt(99999) + "\">";
                String text = paragraph.substring(0, m.start()) + open + m.group() + "</a>"
                        + paragraph.substring(m.end());
                int close = m.start() + open.length() + m.group().length();
                return new Planted(text, List.of(new int[] {m.start(), m.start() + open.length()},
                        new int[] {close, close + 4}));
            }
        }
    }

    private static int sentenceBreak(String paragraph) {
        int dot = paragraph.indexOf(". ");
        return dot < 0 ? -1 : dot + 1;
    }

    private Planted insertInWord(String paragraph, String inserted, boolean replace) {
        List<int[]> words = matches(WORD, paragraph);
        if (words.isEmpty()) {
            return null;
        }
        int[] word = words.get(random.nextInt(words.size()));
        int at = word[0] + 1 + random.nextInt(word[1] - word[0] - 2);
        String text = paragraph.substring(0, at) + inserted
                + paragraph.substring(replace ? at + 1 : at);
        return new Planted(text, List.of(new int[] {at, at + inserted.length()}));
    }

    private Planted insertBetweenWords(String paragraph, String inserted) {
        List<Integer> spaces = new ArrayList<>();
        for (int i = 0; i < paragraph.length(); i++) {
            if (paragraph.charAt(i) == ' ') {
                spaces.add(i);
            }
        }
        if (spaces.isEmpty()) {
            return null;
        }
        int at = spaces.get(random.nextInt(spaces.size()));
        return new Planted(paragraph.substring(0, at) + inserted + paragraph.substring(at),
                List.of(new int[] {at, at + 1}));
    }

    /** A Cyrillic look-alike for one letter of a capitalised word, as in spoofed names. */
    private Planted lookAlike(String paragraph) {
        String latin = "aeopcxyAEOPCTHKMB";
        String cyrillic = "аеорсхуАЕОРСТНКМВ";
        for (int[] word : shuffled(matches(NAME, paragraph))) {
            for (int i = word[0] + 1; i < word[1]; i++) {
                int k = latin.indexOf(paragraph.charAt(i));
                if (k >= 0) {
                    return new Planted(paragraph.substring(0, i) + cyrillic.charAt(k)
                            + paragraph.substring(i + 1), List.of(new int[] {word[0], word[1]}));
                }
            }
        }
        return null;
    }

    /** A vowel written as the letter and a separate combining accent (NFD), as some editors do. */
    private Planted decomposed(String paragraph) {
        for (int[] word : shuffled(matches(NAME, paragraph))) {
            for (int i = word[0] + 1; i < word[1]; i++) {
                if ("aeiou".indexOf(paragraph.charAt(i)) >= 0) {
                    String mark = new String[] {"\u0301", "\u0300", "\u0308"}[random.nextInt(3)];
                    String text = paragraph.substring(0, i + 1) + mark + paragraph.substring(i + 1);
                    return new Planted(text, List.of(new int[] {i, i + 2}),
                            java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
                }
            }
        }
        return null;
    }

    private List<int[]> shuffled(List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans);
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private static List<int[]> matches(Pattern pattern, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
