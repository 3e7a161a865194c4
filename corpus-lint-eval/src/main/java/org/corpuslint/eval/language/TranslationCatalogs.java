package org.corpuslint.eval.language;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real text in other languages: the sentences human translators wrote for the gettext message
 * catalogs a Debian system installs ({@code /usr/share/locale/<lang>/LC_MESSAGES/*.mo}, or the
 * folder named by {@code -Dcorpuslint.eval.locale}). No news text in another language ships with
 * the project or ../shared, and these are whole translated sentences, not generated ones. Only
 * full sentences of 8 to 40 words without placeholders, markup, paths or options are kept.
 * Public for {@code scripts/IdentifierComparison.java}, which weighs identifiers on the same text.
 */
public final class TranslationCatalogs {

    static final String PROPERTY = "corpuslint.eval.locale";
    private static final Pattern UNUSABLE = Pattern.compile("[%<>{}\\[\\]`_/\\\\|=*#@$~^]|--|\\.\\.\\.|\\s-\\w");

    private TranslationCatalogs() {}

    static Path root() {
        return Path.of(System.getProperty(PROPERTY, "/usr/share/locale"));
    }

    /** The usable sentences of every catalog of {@code language}, in file order. */
    public static List<String> sentences(String language) throws IOException {
        Path folder = root().resolve(language).resolve("LC_MESSAGES");
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".mo")).sorted().toList()) {
                for (String message : translations(Files.readAllBytes(file))) {
                    for (String line : message.split("\n")) {
                        String s = line.strip();
                        int words = s.split("\\s+").length;
                        if (words >= 8 && words <= 40 && s.endsWith(".")
                                && Character.isUpperCase(s.codePointAt(0))
                                && !UNUSABLE.matcher(s).find()) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The translated strings of a compiled catalog (the first plural form of each). */
    static List<String> translations(byte[] mo) {
        List<String> out = new ArrayList<>();
        if (mo.length < 28) {
            return out;
        }
        ByteBuffer buffer = ByteBuffer.wrap(mo).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt(0) != 0x950412de) {
            buffer.order(ByteOrder.BIG_ENDIAN);
            if (buffer.getInt(0) != 0x950412de) {
                return out;
            }
        }
        int count = buffer.getInt(8);
        int table = buffer.getInt(16);
        for (int i = 1; i < count; i++) { // entry 0 is the catalog's header
            int length = buffer.getInt(table + 8 * i);
            int offset = buffer.getInt(table + 8 * i + 4);
            if (offset < 0 || length <= 0 || offset + length > mo.length) {
                continue;
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(mo, offset, length)).toString();
                out.add(text.split("\0", 2)[0]);
            } catch (CharacterCodingException e) {
                // a catalog in another encoding: skipped
            }
        }
        return out;
    }
}
