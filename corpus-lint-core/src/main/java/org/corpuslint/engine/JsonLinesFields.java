package org.corpuslint.engine;

import java.util.Objects;

/**
 * The field names of a JSON Lines corpus: each line is one article, an object with its text and,
 * optionally, its id, its publication date (which plays the role of the date header) and its
 * outlet. Other fields are kept as they are, also by {@code fix}.
 *
 * @param text the article text (default {@code text}); a record without it is invalid input
 * @param id the record's id, shown with the record's line in findings (default {@code id})
 * @param date the publication date, {@code YYYY-MM-DD} or an ISO timestamp (default {@code date})
 * @param source the outlet, used by statistics and the line-recurrence counts instead of the top
 *     folder (default {@code source})
 */
public record JsonLinesFields(String text, String id, String date, String source) {

    public static final JsonLinesFields DEFAULTS =
            new JsonLinesFields("text", "id", "date", "source");

    public JsonLinesFields {
        requireName(text, "text");
        requireName(id, "id");
        requireName(date, "date");
        requireName(source, "source");
    }

    public JsonLinesFields withText(String name) {
        return new JsonLinesFields(name, id, date, source);
    }

    public JsonLinesFields withId(String name) {
        return new JsonLinesFields(text, name, date, source);
    }

    public JsonLinesFields withDate(String name) {
        return new JsonLinesFields(text, id, name, source);
    }

    public JsonLinesFields withSource(String name) {
        return new JsonLinesFields(text, id, date, name);
    }

    private static void requireName(String name, String role) {
        Objects.requireNonNull(name, role);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the JSON Lines " + role
                    + " field name is empty");
        }
    }
}
