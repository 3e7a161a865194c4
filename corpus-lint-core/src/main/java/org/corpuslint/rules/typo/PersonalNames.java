package org.corpuslint.rules.typo;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Given names and surnames people have, in some sixty locales: the name lists of Datafaker
 * (Apache License 2.0), read straight from its locale files ({@code cs.yml}, {@code en/name.yml},
 * …) without starting Datafaker. {@code Patrik}, {@code Elene} and {@code Yassir} are on them;
 * {@code Perer} and {@code Dvid} are not, which is what tells a foreign spelling of a name from a
 * slip of the keys. Loaded once per JVM, on first use.
 */
final class PersonalNames {

    private static final String PROBE = "en/name.yml";
    /** List keys that hold names: first_name, male_last_name, female_middle_name, ... */
    private static final Pattern NAME_KEY = Pattern.compile(
            "^\\s*([a-z_]*(?:first|last|middle|english|male|female)_name):\\s*(.*)$");
    private static final int GIVEN = 1;
    private static final int SURNAME = 2;
    private static final Pattern OTHER_KEY = Pattern.compile("^\\s*[A-Za-z_]+:.*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s*\"?([^\"]*?)\"?\\s*$");
    /** Each name with the kinds it is listed as: {@link #GIVEN}, {@link #SURNAME} or both. */
    private static volatile Map<String, Integer> names;

    private PersonalNames() {}

    /**
     * True when {@code word} is a given name or surname on the lists, as written or with its
     * accents spelled out ({@code Juergen} for Jürgen) or dropped ({@code Jurgen}).
     */
    static boolean contains(String word) {
        return all().containsKey(word);
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
                    names = Map.copyOf(load());
                }
                loaded = names;
            }
        }
        return loaded;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> found = new HashMap<>();
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

    /** A locale's own file ({@code cs.yml}, {@code en-GB.yml}) or the English name file. */
    static boolean isLocaleFile(String entry) {
        return entry.equals(PROBE) || (entry.endsWith(".yml") && entry.indexOf('/') < 0);
    }

    static void read(InputStream in, Map<String, Integer> into) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8));
        int kind = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            Matcher key = NAME_KEY.matcher(line);
            if (key.matches()) {
                kind = key.group(1).contains("last") ? SURNAME : GIVEN;
                String inline = key.group(2).strip();
                if (inline.startsWith("[")) {
                    for (String item : inline.replaceAll("[\\[\\]\"]", "").split(",")) {
                        add(item.strip(), kind, into);
                    }
                    kind = 0;
                }
                continue;
            }
            if (OTHER_KEY.matcher(line).matches()) {
                kind = 0;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (kind != 0 && item.matches()) {
                add(item.group(1).strip(), kind, into);
            }
        }
    }

    /** One-word names only; templates such as {@code #{first_name}} are not names. */
    private static void add(String name, int kind, Map<String, Integer> into) {
        if (name.length() < 2 || name.indexOf(' ') >= 0 || name.indexOf('#') >= 0
                || !Character.isUpperCase(name.charAt(0))) {
            return;
        }
        into.merge(name, kind, (a, b) -> a | b);
        String spelledOut = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        into.merge(spelledOut, kind, (a, b) -> a | b);
        into.merge(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", ""),
                kind, (a, b) -> a | b);
    }
}
