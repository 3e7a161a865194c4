package org.corpuslint.text.damage;

import java.util.EnumMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * A word written mostly in one script with a letter of another that looks the same: a Cyrillic
 * {@code а} in the Latin name {@code Mаrk}, a Latin {@code o} in a Cyrillic word. Such a word
 * looks right and matches nothing. The repair swaps each intruder for the look-alike of the
 * word's own script; it is exact for the eye but a guess for the meaning, so it is offered for
 * review rather than as exact. Words whose other-script letters have no look-alike (two words
 * glued together) are not this defect and are left alone.
 */
final class MixedScriptFinder {

    private MixedScriptFinder() {}

    /** @param words the words of {@code text} ({@link WordTokenizer#tokenize}), on demand */
    static void find(String text, Supplier<List<Token>> words, List<Damage> out) {
        if (!hasNonAsciiLetter(text)) {
            return;
        }
        for (Token token : words.get()) {
            String word = token.text();
            Character.UnicodeScript main = mainScript(word);
            if (main == null) {
                continue;
            }
            StringBuilder repaired = new StringBuilder(word.length());
            StringBuilder intruders = new StringBuilder();
            boolean mixed = false;
            for (int k = 0; k < word.length(); ) {
                int cp = word.codePointAt(k);
                k += Character.charCount(cp);
                Character.UnicodeScript script = letterScript(cp);
                if (script == null || script == main) {
                    repaired.appendCodePoint(cp);
                    continue;
                }
                int lookAlike = LookAlikes.in(main, cp);
                if (lookAlike < 0) {
                    mixed = false;
                    break;
                }
                mixed = true;
                repaired.appendCodePoint(lookAlike);
                if (intruders.length() == 0) {
                    intruders.append(name(script)).append(" '").appendCodePoint(cp)
                            .append(String.format(Locale.ROOT, "' (U+%04X)", cp));
                }
            }
            if (mixed) {
                out.add(new Damage(DamageKind.MIXED_SCRIPT, token.start(), token.end(),
                        repaired.toString(), name(main) + " word with " + intruders));
            }
        }
    }

    private static boolean hasNonAsciiLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x370 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** The script most of the word's letters are in, when it is Latin or Cyrillic and mixed. */
    private static Character.UnicodeScript mainScript(String word) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        word.codePoints().forEach(cp -> {
            Character.UnicodeScript script = letterScript(cp);
            if (script != null) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        if (counts.size() < 2) {
            return null;
        }
        int latin = counts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        int cyrillic = counts.getOrDefault(Character.UnicodeScript.CYRILLIC, 0);
        int greek = counts.getOrDefault(Character.UnicodeScript.GREEK, 0);
        if (latin > cyrillic + greek) {
            return Character.UnicodeScript.LATIN;
        }
        if (cyrillic > latin && greek == 0) {
            return Character.UnicodeScript.CYRILLIC;
        }
        return null;
    }

    private static Character.UnicodeScript letterScript(int cp) {
        if (!Character.isLetter(cp)) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC ? script : null;
    }

    private static String name(Character.UnicodeScript script) {
        String name = script.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
