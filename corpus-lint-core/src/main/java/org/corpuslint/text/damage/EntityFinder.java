package org.corpuslint.text.damage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML character references left in the text by a scraper that took the page source for text:
 * {@code &amp;}, {@code &nbsp;}, {@code &#233;}, {@code &#x2019;}. Each is repaired by the
 * character it stands for; numeric references 128 to 159 mean the Windows-1252 characters, as
 * HTML5 reads them. Only references with their semicolon count: without it the ampersand may
 * be prose.
 */
final class EntityFinder {

    private static final Pattern ENTITY =
            Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));");

    private EntityFinder() {}

    static void find(String text, List<Damage> out) {
        if (text.indexOf('&') < 0) {
            return;
        }
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            String decoded = m.group(3) != null ? EntityNames.decode(m.group(3))
                    : codePoint(m.group(1) != null ? Integer.parseInt(m.group(1))
                            : Integer.parseInt(m.group(2), 16));
            if (decoded != null) {
                out.add(new Damage(DamageKind.ENTITY, m.start(), m.end(), decoded, ""));
            }
        }
    }

    private static String codePoint(int value) {
        if (value >= 0x80 && value <= 0x9F) {
            return Cp1252.decode(new byte[] {(byte) value});
        }
        if (value == 0 || value > Character.MAX_CODE_POINT
                || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return null;
        }
        return Character.toString(value);
    }
}
