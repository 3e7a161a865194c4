package org.corpuslint.rules.typo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Given names and surnames people have, in some sixty locales: the name lists of Datafaker
 * (Apache License 2.0), read straight from its locale files ({@code cs.yml}, {@code en/name.yml},
 * …) without starting Datafaker. {@code Patrik}, {@code Elene} and {@code Yassir} are on them;
 * {@code Perer} and {@code Dvid} are not, which is what tells a foreign spelling of a name from a
 * slip of the keys. Loaded once per JVM, on first use.
 */
final class PersonalNames {

    private static final String PROBE = "en/name.yml";
    /** The endings of list keys that hold names: first_name, male_last_name, ... */
    private static final String[] NAME_KEY_PARTS = {"first", "last", "middle", "english",
        "male", "female"};
    /** Letters from here on (Greek, Cyrillic, CJK, ...) are not Latin. */
    private static final char LATIN_END = '\u0370';
    private static final int GIVEN = 1;
    private static final int SURNAME = 2;
    /** Each name with the kinds it is listed as: {@link #GIVEN}, {@link #SURNAME} or both. */
    private static volatile Map<String, Integer> names;
    /** The first two letters of the listed names, lower-case ({@link #beginsAName}). */
    private static volatile Set<String> nameStarts;
    private static final int NAME_START = 2;

    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();

    private PersonalNames() {}

    /**
     * Starts reading the lists on a background thread (about a third of a second), so that they
     * are ready by the time the first unknown name is judged; a failure there is left for the first
     * real use to report.
     */
    static void preload() {
        if (names == null && PRELOADING.compareAndSet(false, true)) {
            BackgroundLoad.start("corpus-lint-name-lists", PersonalNames::all);
        }
    }

    /**
     * True when {@code word} is a given name or surname on the lists, as written or with its
     * accents spelled out ({@code Juergen} for Jürgen) or dropped ({@code Jurgen}).
     */
    static boolean contains(String word) {
        return all().containsKey(word);
    }

    /**
     * True when a name on the lists begins with lower-case {@code start} ({@code hw}: Hwang,
     * {@code dj}: Djamel): a start no English word has can still be a name's.
     */
    static boolean beginsAName(String start) {
        Set<String> starts = nameStarts;
        if (starts == null) {
            Set<String> found = new HashSet<>();
            for (String name : all().keySet()) {
                if (name.length() > NAME_START) {
                    found.add(name.substring(0, NAME_START).toLowerCase(Locale.ROOT));
                }
            }
            nameStarts = starts = Set.copyOf(found);
        }
        return starts.contains(start);
    }

    static boolean isGivenName(String word) {
        return (all().getOrDefault(word, 0) & GIVEN) != 0;
    }

    static boolean isSurname(String word) {
        return (all().getOrDefault(word, 0) & SURNAME) != 0;
    }

    static int size() {
        return all().size();
    }

    private static Map<String, Integer> all() {
        Map<String, Integer> loaded = names;
        if (loaded == null) {
            synchronized (PersonalNames.class) {
                if (names == null) {
                    Map<String, Integer> table = PersonalNameTable.precomputed();
                    names = java.util.Collections.unmodifiableMap(table != null ? table : load());
                }
                loaded = names;
            }
        }
        return loaded;
    }

    /** Reads the lists from Datafaker's locale files (for the build-time table). */
    static Map<String, Integer> load() {
        Map<String, Integer> found = new HashMap<>(1 << 17);
        URL probe = PersonalNames.class.getClassLoader().getResource(PROBE);
        if (probe == null) {
            return found; // Datafaker is not on the class path: no names, fewer findings
        }
        try {
            if (probe.openConnection() instanceof JarURLConnection jar) {
                try (JarFile file = new JarFile(new File(jar.getJarFileURL().toURI()))) {
                    Enumeration<JarEntry> entries = file.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (isLocaleFile(entry.getName())) {
                            try (InputStream in = file.getInputStream(entry)) {
                                read(in, found);
                            }
                        }
                    }
                }
            } else {
                try (InputStream in = probe.openStream()) {
                    read(in, found);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read Datafaker's name lists", e);
        }
        return found;
    }

    /** A language's own file ({@code cs.yml}, {@code en-GB.yml}) or the English name file. */
    static boolean isLocaleFile(String entry) {
        // Files named after a country (_US.yml) hold addresses and numbers, not names.
        return entry.equals(PROBE) || (entry.endsWith(".yml") && entry.indexOf('/') < 0
                && !entry.startsWith("_"));
    }

    static void read(InputStream in, Map<String, Integer> into) throws IOException {
        read(in.readAllBytes(), into);
    }

    /**
     * Scans the bytes of one file: most of its lines are not names, so a line becomes a string
     * only when it is a list key or an item of a name list.
     */
    private static void read(byte[] data, Map<String, Integer> into) {
        int kind = 0;
        int p = 0;
        while (p < data.length) {
            int start = p;
            int end = p;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            p = end + 1;
            if (end > start && data[end - 1] == '\r') {
                end--;
            }
            while (start < end && data[start] == ' ') {
                start++;
            }
            if (start + 1 < end && data[start] == '-' && data[start + 1] == ' ') {
                if (kind != 0) {
                    add(unquote(new String(data, start + 2, end - start - 2,
                            StandardCharsets.UTF_8)), kind, into);
                }
                continue;
            }
            int colon = start;
            while (colon < end && data[colon] != ':') {
                colon++;
            }
            if (colon == end) {
                continue;
            }
            String key = new String(data, start, colon - start, StandardCharsets.ISO_8859_1);
            kind = isNameKey(key) ? (key.contains("last") ? SURNAME : GIVEN) : 0;
            if (kind != 0) {
                String inline = new String(data, colon + 1, end - colon - 1,
                        StandardCharsets.UTF_8).strip();
                if (inline.startsWith("[")) {
                    String items = inline.endsWith("]")
                            ? inline.substring(1, inline.length() - 1) : inline.substring(1);
                    for (String item : items.split(",")) {
                        add(unquote(item), kind, into);
                    }
                    kind = 0;
                }
            }
        }
    }

    /** first_name, male_last_name, female_middle_name, ...: the keys of name lists. */
    private static boolean isNameKey(String key) {
        if (!key.endsWith("_name")) {
            return false;
        }
        for (String part : NAME_KEY_PARTS) {
            if (key.endsWith(part + "_name")) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String item) {
        String s = item.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** One-word names only; templates such as {@code #{first_name}} are not names. */
    private static void add(String name, int kind, Map<String, Integer> into) {
        // English text spells names in Latin letters.
        if (name.length() < 2 || name.indexOf(' ') >= 0 || name.indexOf('#') >= 0
                || !Character.isUpperCase(name.charAt(0)) || name.charAt(0) >= LATIN_END) {
            return;
        }
        into.merge(name, kind, PersonalNames::both);
        if (isAscii(name)) {
            return;
        }
        if (name.indexOf('ä') >= 0 || name.indexOf('ö') >= 0 || name.indexOf('ü') >= 0
                || name.indexOf('ß') >= 0) {
            into.merge(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                    .replace("ß", "ss"), kind, PersonalNames::both);
        }
        into.merge(withoutAccents(name), kind, PersonalNames::both);
    }

    /** {@code Jürgen} as {@code Jurgen}: the letters without their combining marks. */
    private static String withoutAccents(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static Integer both(Integer a, Integer b) {
        return a | b;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
