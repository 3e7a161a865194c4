package org.corpuslint.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;

/**
 * Generates hostile relative file paths for a corpus: spaces, unicode, leading dashes, control
 * characters, names near the 255-byte limit, names that look like paths or options, and deeply
 * nested folders. Every name ends in {@code .txt} unless noted, so the default includes pick it.
 */
final class HostileNames {

    private static final int MAX_NAME_BYTES = 255;
    private static final String[] ODD_NAMES = {"-rf", "--help", "-", "--", " leading space",
        "trailing space ", "two  spaces", "tab\there", "new\nline", "carriage\rreturn",
        "escape\u001B[2Jclear", "bell\u0007", "del\u007F", "c1\u0085", "..", "...", ". dot",
        ".hidden", "~", "$HOME", "${user.home}", "%2e%2e%2fpasswd", "..\\..\\windows",
        "C:\\evil", "\\\\server\\share", "a:b", "*", "?", "[a]", "{a,b}", "!", "#", "&",
        "'quote'", "\"dq\"", "<b>", "|pipe", ";semi", "nul", "CON", "aux", "Straße", "İstanbul",
        "日本語のファイル", "עברית", "العربية", "\u202Etxt.exe", "zero\u200Bwidth", "e\u0301",
        "\u00E9", "😀emoji", "𝐁old", "\uFEFFbom"};
    private static final String[] FOLDERS = {"a", "outlet one", "-dash", "ünï", "deep", "x",
        "..hidden", "news\u200Bfeed", "日本", "1", "[x]", "{y}", "tab\tdir"};

    private HostileNames() {}

    /** A fresh path relative to the corpus root, not among {@code taken}. */
    static String generate(Random random, int index, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String path = folders(random) + name(random, index, attempt);
            if (taken.add(path)) {
                return path;
            }
        }
    }

    private static String folders(Random random) {
        int depth = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> 0;
            case 9 -> 10 + random.nextInt(30);
            default -> 1 + random.nextInt(3);
        };
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            path.append(FOLDERS[random.nextInt(FOLDERS.length)]).append('/');
        }
        return path.toString();
    }

    private static String name(Random random, int index, int attempt) {
        String unique = index + (attempt == 0 ? "" : "-" + attempt);
        String stem = switch (random.nextInt(6)) {
            case 0 -> "story-" + unique;
            case 1 -> ODD_NAMES[random.nextInt(ODD_NAMES.length)] + unique;
            case 2 -> unique + ODD_NAMES[random.nextInt(ODD_NAMES.length)];
            case 3 -> longStem(random, unique);
            case 4 -> controlStem(random, unique);
            default -> ODD_NAMES[random.nextInt(ODD_NAMES.length)] + " "
                    + ODD_NAMES[random.nextInt(ODD_NAMES.length)] + unique;
        };
        String extension = switch (random.nextInt(20)) {
            case 0 -> ".TXT";
            case 1 -> ".txt.bak";
            case 2 -> "";
            case 3 -> ".txt ";
            default -> ".txt";
        };
        return trimToLimit(stem, extension);
    }

    /** A name as long as the file system allows, in multi-byte letters half of the time. */
    private static String longStem(Random random, String unique) {
        String unit = random.nextBoolean() ? "a" : "é";
        return unique + unit.repeat(MAX_NAME_BYTES);
    }

    private static String controlStem(Random random, String unique) {
        StringBuilder stem = new StringBuilder(unique);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            stem.append((char) (1 + random.nextInt(31)));
        }
        return stem.toString();
    }

    /** Cuts {@code stem} so that stem and extension fit in one name of at most 255 bytes. */
    private static String trimToLimit(String stem, String extension) {
        int budget = MAX_NAME_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        String name = kept + extension;
        // "." and ".." cannot be file names; keep the folder structure honest.
        return name.equals(".") || name.equals("..") ? "dots" + name : name;
    }
}
