package org.corpuslint.text.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * News agencies and photo services named in photo credits: the shipped list
 * ({@code agencies.txt}) plus names a user adds. Names of up to three characters (AP, PA, dpa)
 * match only as written, so that a lower-case "pa" or "ap" in text is not taken for an agency;
 * longer names match in any case.
 */
public final class Agencies {

    private static final List<String> BUILT_IN = load();

    /** Names of up to three characters, as written. */
    private final Set<String> exact = new HashSet<>();
    /** Longer names, lower-cased, words joined by one space. */
    private final Set<String> folded = new HashSet<>();
    /** First words of all names, lower-cased: where a match can start. */
    private final Set<String> firstWords = new HashSet<>();
    private int longestName = 1;

    private Agencies(List<String> names) {
        names.forEach(this::add);
    }

    public static Agencies builtIn() {
        return new Agencies(BUILT_IN);
    }

    /** The shipped list plus the comma-separated {@code extra} names. */
    public static Agencies withExtra(String extra) {
        return withExtra(java.util.Arrays.asList(extra.split(",")));
    }

    /** The shipped agencies and {@code extra} names (blank ones ignored). */
    public static Agencies withExtra(java.util.List<String> extra) {
        Agencies agencies = builtIn();
        for (String name : extra) {
            if (!name.isBlank()) {
                agencies.add(name.trim());
            }
        }
        return agencies;
    }

    private void add(String name) {
        String[] words = CreditWords.agencyKey(name);
        if (words.length == 0) {
            return;
        }
        String joined = String.join(" ", words);
        if (joined.length() <= 3) {
            exact.add(joined);
        } else {
            folded.add(joined.toLowerCase(Locale.ROOT));
        }
        longestName = Math.max(longestName, words.length);
        firstWords.add(words[0].toLowerCase(Locale.ROOT));
    }

    /**
     * Marks in {@code covered} the words of {@code words} that are part of an agency name and
     * returns whether any was found.
     */
    public boolean mark(List<String> words, boolean[] covered) {
        boolean found = false;
        for (int start = 0; start < words.size(); start++) {
            if (!firstWords.contains(words.get(start).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int length = Math.min(longestName, words.size() - start); length >= 1; length--) {
                String phrase = String.join(" ", words.subList(start, start + length));
                if (isName(phrase)) {
                    for (int i = start; i < start + length; i++) {
                        covered[i] = true;
                    }
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    /** Whether {@code text} names an agency anywhere. */
    public boolean named(String text) {
        List<String> words = List.of(CreditWords.agencyKey(text));
        return mark(words, new boolean[words.size()]);
    }

    private boolean isName(String phrase) {
        return phrase.length() <= 3 ? exact.contains(phrase)
                : folded.contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static List<String> load() {
        String resource = "agencies.txt";
        try (InputStream in = Agencies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
