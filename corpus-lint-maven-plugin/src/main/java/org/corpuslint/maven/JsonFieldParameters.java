package org.corpuslint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.engine.JsonLinesFields;
import org.corpuslint.engine.LintConfig;

/**
 * The field names of JSON Lines corpora as plugin parameters ({@code jsonTextField},
 * {@code jsonIdField}, {@code jsonDateField}, {@code jsonSourceField}), laid over what
 * {@code corpus-lint.yaml} sets ({@code jsonLines}); {@code null} keeps that.
 */
record JsonFieldParameters(String text, String id, String date, String source) {

    static final JsonFieldParameters NONE = new JsonFieldParameters(null, null, null, null);

    LintConfig applyTo(LintConfig config) throws MojoExecutionException {
        JsonLinesFields fields = config.jsonLinesFields();
        fields = fields.withText(name(text, fields.text(), Setting.JSON_TEXT_FIELD));
        fields = fields.withId(name(id, fields.id(), Setting.JSON_ID_FIELD));
        fields = fields.withDate(name(date, fields.date(), Setting.JSON_DATE_FIELD));
        fields = fields.withSource(name(source, fields.source(), Setting.JSON_SOURCE_FIELD));
        return config.toBuilder().jsonLinesFields(fields).build();
    }

    private static String name(String given, String current, Setting setting)
            throws MojoExecutionException {
        if (given == null) {
            return current;
        }
        if (given.isBlank()) {
            throw setting.invalid("it is empty; name the JSON field, such as " + current);
        }
        return given.trim();
    }
}
