package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** The one Jackson configuration every JSON-based report uses. */
final class JsonSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    static {
        MAPPER.getFactory().setCharacterEscapes(new ReportEscapes(false));
    }

    private JsonSupport() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A streaming generator with the mapper's settings (indentation, escapes), so a report
     * written field by field is byte for byte what writing a tree gave, without holding the
     * tree: memory stays flat however many findings there are. Closing it flushes {@code out}
     * but leaves it open.
     */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return MAPPER.writer().createGenerator(out, JsonEncoding.UTF8);
    }

    /**
     * JSON string escapes for document text. Surrogates are always written as {@code \\uXXXX}:
     * Jackson's UTF-8 output rejects a lone surrogate (an in-memory document can hold one), and
     * as an escape it is valid JSON that parses back to the same string. For JSON embedded in an
     * HTML {@code <script>} block, {@code <}, {@code >}, {@code &} and U+2028/U+2029 are escaped
     * too, so no {@code </script>} or {@code <!--} can appear in the page and old JavaScript
     * parsers see no line terminator inside a string.
     */
    static final class ReportEscapes extends CharacterEscapes {

        private final int[] asciiEscapes;
        private final boolean forHtml;

        ReportEscapes(boolean forHtml) {
            this.forHtml = forHtml;
            this.asciiEscapes = standardAsciiEscapesForJSON();
            if (forHtml) {
                asciiEscapes['<'] = ESCAPE_STANDARD;
                asciiEscapes['>'] = ESCAPE_STANDARD;
                asciiEscapes['&'] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean escape = Character.isSurrogate((char) ch)
                    || forHtml && (ch == '\u2028' || ch == '\u2029');
            return escape ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
