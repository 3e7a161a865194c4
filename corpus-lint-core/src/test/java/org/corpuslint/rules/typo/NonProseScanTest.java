package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The non-prose markers that try only the places a match may start mark exactly what a plain
 * search for every match of their pattern marks, on random text dense in the characters the
 * patterns turn on (anchors, brackets, slashes, entity letters, via, photo, surrogates).
 */
class NonProseScanTest {

    private static final String[] PIECES = {"a", "b", "Z", "x", "via", "Via", "photo", "PHOTO:",
        "photograph:", "/", " ", " ", " ", "\n", "(", ")", "[", "]", "@", "@@", "#", "&", "&#",
        "&#233;", "&#x2F;", "&amp;", "&eacute;", ";", ".", "-", "+", "_", "1", "42", "é",
        "\uD83D\uDE00", "\uD835\uDC00", "BBC", "AT&T", "Q&A", "x@y.co", "@handle", "#tag",
        "(Reuters)", "[Anna Berg/AP]", "(via AP)", "Image:", "IMAGES:", "pic:", "Picture:",
        "credit:", "Credits:", "imag", "cred", "'", "\u2019", "www.", "://"};

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static BitSet byEveryMatch(Pattern pattern, String text) {
        BitSet skip = new BitSet();
        NonProse.mark(pattern.matcher(text), skip);
        return skip;
    }

    private static BitSet fast(BiConsumer<String, BitSet> marker, String text) {
        BitSet skip = new BitSet();
        marker.accept(text, skip);
        return skip;
    }

    @Test
    void markTheMatchesOfAPlainSearchOnRandomText() {
        Random random = new Random(20261203);
        for (int round = 0; round < 200_000; round++) {
            String text = randomText(random);
            assertEquals(byEveryMatch(NonProse.ADDRESS_OR_HANDLE, text),
                    fast(NonProse::markAddressesAndHandles, text), text);
            assertEquals(byEveryMatch(NonProse.TAG, text), fast(NonProse::markTags, text), text);
            assertEquals(byEveryMatch(NonProse.ENTITY_WORD, text),
                    fast(NonProse::markEntityWords, text), text);
            assertEquals(byEveryMatch(NonProse.BRACKETED_CREDIT, text),
                    fast(NonProse::markBracketedCredits, text), text);
        }
    }

    @Test
    void findsCreditsAndEntitiesBehindAnchorsThatOpenNone() {
        String text = "AT&T and Q&A (BBC) then caf&eacute; [Anna Berg/AP] and (photo: Lee)";
        assertEquals(byEveryMatch(NonProse.ENTITY_WORD, text),
                fast(NonProse::markEntityWords, text));
        BitSet credits = fast(NonProse::markBracketedCredits, text);
        assertEquals(byEveryMatch(NonProse.BRACKETED_CREDIT, text), credits);
        assertEquals(text.indexOf('['), credits.nextSetBit(0));
    }
}
