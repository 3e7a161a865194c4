package org.corpuslint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it was written at, so that every configuration error
 * can point at the place to correct. Read token by token with Jackson's YAML parser: a mapping,
 * a sequence, or a scalar (kept as its text, and whether YAML typed it as a string).
 *
 * <p>Aliases ({@code *name}) are refused: Jackson's token stream gives an alias as the plain
 * string {@code name}, which silently configured the wrong value, and resolving them would open
 * the door to exponential expansion ("billion laughs") from a file that may come with the corpus.
 * Anchors alone ({@code &name}) are harmless and allowed.
 */
final class ConfigNode {

    enum Kind { MAPPING, SEQUENCE, SCALAR, NULL }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String text;
    private final boolean string;
    private final Map<String, ConfigNode> entries;
    private final List<ConfigNode> items;
    private final Map<String, ConfigNode> keys = new LinkedHashMap<>();

    private ConfigNode(Kind kind, JsonLocation at, String text, Map<String, ConfigNode> entries,
            List<ConfigNode> items) {
        this(kind, at, text, true, entries, items);
    }

    private ConfigNode(Kind kind, JsonLocation at, String text, boolean string,
            Map<String, ConfigNode> entries, List<ConfigNode> items) {
        this.kind = kind;
        this.string = string;
        this.line = at.getLineNr();
        this.column = at.getColumnNr();
        this.text = text;
        this.entries = entries;
        this.items = items;
    }

    /** Thrown for text that is not YAML, or a key written twice; carries the place. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /** Parses the first YAML document of {@code reader}; an empty document is a null node. */
    static ConfigNode parse(Reader reader) throws IOException, SyntaxError {
        try (JsonParser parser = new YAMLFactory().createParser(reader)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new ConfigNode(Kind.NULL, JsonLocation.NA, null, Map.of(), List.of());
            }
            return read(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            throw new SyntaxError("not valid YAML: " + e.getOriginalMessage().lines()
                    .findFirst().orElse(""), at.getLineNr(), at.getColumnNr());
        }
    }

    private static ConfigNode read(JsonParser parser) throws IOException, SyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new SyntaxError("YAML aliases (*" + parser.getText() + ") are not supported;"
                    + " write the value out where it is used", at.getLineNr(), at.getColumnNr());
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, ConfigNode> entries = new LinkedHashMap<>();
                Map<String, ConfigNode> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if (entries.containsKey(key)) {
                        throw new SyntaxError("key '" + key + "' is written twice",
                                keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                    keys.put(key, new ConfigNode(Kind.SCALAR, keyAt, key, Map.of(), List.of()));
                    parser.nextToken();
                    entries.put(key, read(parser));
                }
                ConfigNode mapping = new ConfigNode(Kind.MAPPING, at, null, entries, List.of());
                mapping.keys.putAll(keys);
                return mapping;
            }
            case START_ARRAY -> {
                List<ConfigNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new ConfigNode(Kind.SEQUENCE, at, null, Map.of(), items);
            }
            case VALUE_NULL -> {
                return new ConfigNode(Kind.NULL, at, null, Map.of(), List.of());
            }
            default -> {
                return new ConfigNode(Kind.SCALAR, at, parser.getText(),
                        token == JsonToken.VALUE_STRING, Map.of(), List.of());
            }
        }
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The scalar's text, as written. */
    String text() {
        return text;
    }

    /** Whether the scalar is a string, not a number or a boolean ({@code 5}, {@code true}). */
    boolean isString() {
        return kind == Kind.SCALAR && string;
    }

    Map<String, ConfigNode> entries() {
        return entries;
    }

    /** The key {@code key} of this mapping itself, as a scalar at the place it is written. */
    ConfigNode key(String key) {
        return keys.get(key);
    }

    List<ConfigNode> items() {
        return items;
    }
}
