package org.corpuslint.eval.typo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's en-US and en-GB word lists, for the harness to tell whether a planted
 * misspelling happens to be a real word (then it is not a non-word error) and which single edits
 * of a name are real words (real-word slips). Single-threaded.
 */
final class EnglishWords {

    private final List<Speller> spellers = new ArrayList<>();

    EnglishWords() {
        for (String variant : List.of("en_US", "en_GB")) {
            String resource = "/org/languagetool/resource/en/hunspell/" + variant + ".dict";
            try {
                spellers.add(new Speller(Dictionary.read(EnglishWords.class.getResource(resource))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    boolean isWord(String word) {
        for (Speller speller : spellers) {
            if (!speller.isMisspelled(word)) {
                return true;
            }
        }
        return false;
    }
}
