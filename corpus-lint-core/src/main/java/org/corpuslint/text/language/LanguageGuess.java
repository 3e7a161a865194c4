package org.corpuslint.text.language;

import java.util.Locale;

/**
 * The language a text is most likely in.
 *
 * @param code the language code as the identifier names it ({@code de}, {@code zh-CN})
 * @param confidence the identifier's probability for it, 0 to 1
 */
public record LanguageGuess(String code, double confidence) {

    /** {@code German (de)}, for messages. */
    public String describe() {
        String base = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        String name = Locale.forLanguageTag(base).getDisplayLanguage(Locale.ENGLISH);
        return (name.isEmpty() || name.equals(base) ? code : name) + " (" + code + ")";
    }

    /** Whether this is {@code language}: {@code zh-CN} is {@code zh}, {@code en} is {@code en}. */
    public boolean is(String language) {
        return code.equals(language) || code.startsWith(language + "-");
    }
}
