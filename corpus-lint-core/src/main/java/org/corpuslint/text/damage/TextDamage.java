package org.corpuslint.text.damage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * The encoding damage of one document's text, found in one pass per kind. Where two kinds
 * would claim the same characters the earlier kind of {@link DamageKind} keeps them (an entity
 * that decodes to a zero-width space is one entity, not also an invisible character).
 *
 * @param damages the damaged spans, in text order, none overlapping
 * @param damagedWords the offsets of every word that holds damage, the whole word: other rules
 *     skip those words rather than report the same defect as, say, a misspelling
 */
public record TextDamage(List<Damage> damages, BitSet damagedWords) {

    public TextDamage {
        damages = List.copyOf(damages);
        damagedWords = (BitSet) damagedWords.clone();
    }

    @Override
    public BitSet damagedWords() {
        return (BitSet) damagedWords.clone();
    }

    /** Whether the word at {@code offset} holds damage. */
    public boolean inDamagedWord(int offset) {
        return damagedWords.get(offset);
    }

    public static TextDamage scan(String text) {
        return scan(text, () -> WordTokenizer.tokenize(text));
    }

    /**
     * The same, with the text's words ({@link WordTokenizer#tokenize}) when they are already
     * known; asked for only when the text has letters outside ASCII.
     */
    public static TextDamage scan(String text, Supplier<List<Token>> tokens) {
        List<Damage> found = new ArrayList<>();
        boolean inert = onlyInertCharacters(text);
        if (!inert) {
            MojibakeFinder.find(text, found);
        }
        EntityFinder.find(text, found);
        MarkupFinder.find(text, found);
        if (!inert) {
            StrayCharacterFinder.find(text, found);
            MixedScriptFinder.find(text, tokens, found);
            NormalFormFinder.find(text, found);
        }
        if (found.isEmpty()) {
            return new TextDamage(List.of(), new BitSet());
        }
        found.sort(Comparator.comparingInt((Damage d) -> d.kind().ordinal())
                .thenComparingInt(Damage::start));
        BitSet claimed = new BitSet(text.length());
        List<Damage> kept = new ArrayList<>();
        for (Damage d : found) {
            if (claimed.nextSetBit(d.start()) < 0 || claimed.nextSetBit(d.start()) >= d.end()) {
                claimed.set(d.start(), d.end());
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(Damage::start));
        BitSet words = new BitSet(text.length());
        for (Damage d : kept) {
            words.set(wordStart(text, d.start()), wordEnd(text, d.end()));
        }
        return new TextDamage(kept, words);
    }

    /**
     * Whether every character of {@code text} is one that the mojibake, stray-character,
     * mixed-script and normal-form finders pass over: printable ASCII, tab and line breaks,
     * U+00A0 to U+00C1 but the soft hyphen (no mojibake lead, no control, no letter of another
     * script, nothing NFC changes) and the dashes, quotes, bullets and ellipsis of U+2010 to
     * U+2027 (no lead either, visible, not letters, NFC as they are). Most news articles are
     * written in these alone, and one pass over them replaces four.
     */
    static boolean onlyInertCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x7F ? c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                    : c < 0xA0 || c >= 0xC2 && (c < 0x2010 || c > 0x2027) || c == 0xAD) {
                return false;
            }
        }
        return true;
    }

    private static int wordStart(String text, int from) {
        int start = from;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
