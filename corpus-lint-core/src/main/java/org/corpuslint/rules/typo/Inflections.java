package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The forms LanguageTool's English synthesiser ({@code english_synth.dict}) makes of a lemma for
 * a Penn tag: {@code know}, VBN, is {@code known}; {@code fine}, JJS, is {@code finest}.
 * Loaded on first use; thread-safe (one lookup per thread over the shared dictionary).
 */
final class Inflections {

    private static final String SYNTHESISER = "/org/languagetool/resource/en/english_synth.dict";

    private static volatile Dictionary dictionary;
    private static final ThreadLocal<DictionaryLookup> LOOKUP =
            ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary()));

    private Inflections() {}

    /** The forms of {@code lemma} for {@code tag}; empty when the lemma has no such form. */
    static List<String> of(String lemma, String tag) {
        List<String> forms = new ArrayList<>(1);
        for (WordData form : LOOKUP.get().lookup(lemma + "|" + tag)) {
            CharSequence written = form.getStem();
            if (written != null) {
                forms.add(written.toString());
            }
        }
        return forms;
    }

    private static Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (Inflections.class) {
                if (dictionary == null) {
                    dictionary = PosDictionary.read(SYNTHESISER, "synthesiser dictionary");
                }
                d = dictionary;
            }
        }
        return d;
    }
}
