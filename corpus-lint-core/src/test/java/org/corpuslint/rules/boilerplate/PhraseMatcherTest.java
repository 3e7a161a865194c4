package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trie honours anchors, wildcards and the numbers a whole-line label may carry. */
class PhraseMatcherTest {

    private static final PhraseMatcher MATCHER = new PhraseMatcher(List.of(
            Phrase.parse(BoilerplateKind.RELATED, Phrase.STRONG, "^read more"),
            Phrase.parse(BoilerplateKind.COMMENTS, Phrase.STRONG, "=comments"),
            Phrase.parse(BoilerplateKind.DONATION, Phrase.STRONG, "help * continue"),
            Phrase.parse(BoilerplateKind.DONATION, Phrase.WEAK, "donation")));

    private static List<String> matches(String line) {
        return MATCHER.matches(LineWords.normalisedWords(line)).stream()
                .map(m -> String.join(" ", m.phrase().words()) + "@" + m.start() + "-" + m.end())
                .toList();
    }

    @Test
    void anchors() {
        assertEquals(List.of("read more@0-2"), matches("Read more: bus routes change"));
        assertEquals(List.of(), matches("You can read more about it here"));
        assertEquals(List.of("comments@0-1"), matches("Comments (12)"));
        assertEquals(List.of("comments@1-2"), matches("12 comments"));
        assertEquals(List.of(), matches("Comments from the minister"));
    }

    @Test
    void wildcardAndOverlaps() {
        assertEquals(List.of("help * continue@0-3", "donation@6-7"),
                matches("Help Meduza continue with a monthly donation"));
        assertEquals(List.of(), matches("Help them to continue"));
    }

    @Test
    void everyLexiconPhraseIsFoundInItsOwnWords() {
        // The matcher skips words whose hash bit no phrase's first word sets: none may be lost.
        PhraseMatcher lexicon = new PhraseMatcher(Lexicon.builtIn());
        for (Phrase phrase : Lexicon.builtIn()) {
            List<String> words = phrase.words().stream()
                    .map(w -> w.equals("*") ? "someone" : w).toList();
            assertTrue(lexicon.matches(words).stream().anyMatch(m -> m.phrase() == phrase),
                    String.join(" ", phrase.words()));
        }
    }

    @Test
    void aPhraseMayOpenWithAWildcard() {
        PhraseMatcher wildcard = new PhraseMatcher(List.of(
                Phrase.parse(BoilerplateKind.DONATION, Phrase.STRONG, "* continue")));
        assertEquals(1, wildcard.matches(LineWords.normalisedWords("Help us continue")).size());
    }

    @Test
    void wordsAreNormalised() {
        assertEquals(List.of("let's", "sign", "up", "e", "mail"),
                LineWords.normalisedWords("LET’S sign-up: E-mail!"));
        assertEquals(10, MATCHER.size() + 6);
    }
}
