package org.corpuslint.text.damage;

import java.text.Normalizer;
import java.util.List;

/**
 * Text not in Unicode normal form C: a letter and a separate combining accent where one
 * precomposed character exists ({@code e} + U+0301 for {@code é}), or a compatibility-singleton
 * such as the Ångström sign U+212B. Both forms look alike but compare unequal, so counts, search
 * and spelling split the word. NFC is the exact repair: canonically equivalent text, the form
 * the rest of the corpus is in. One damage per character cluster (a base and its marks).
 */
final class NormalFormFinder {

    private NormalFormFinder() {}

    static void find(String text, List<Damage> out) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return; // the common case, answered by a quick check
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < n && isMark(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String cluster = text.substring(i, end);
            if (!Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
                out.add(new Damage(DamageKind.NFC, i, end,
                        Normalizer.normalize(cluster, Normalizer.Form.NFC),
                        cluster.length() > 1 ? "a letter and a separate combining mark"
                                : "a character that NFC replaces"));
            }
            i = end;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (cp >= 0x1160 && cp <= 0x11FF); // Hangul medial and final jamo compose too
    }
}
