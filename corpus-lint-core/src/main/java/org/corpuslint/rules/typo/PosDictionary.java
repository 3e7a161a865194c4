package org.corpuslint.rules.typo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;

/** Reads one of LanguageTool's English part-of-speech dictionaries from the class path. */
final class PosDictionary {

    private PosDictionary() {
    }

    /**
     * The dictionary at class-path {@code resource}; {@code description} names it in the error
     * when the resource is missing.
     */
    static Dictionary read(String resource, String description) {
        URL url = PosDictionary.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("LanguageTool " + description + " " + resource
                    + " is not on the class path (org.languagetool:english-pos-dict)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
