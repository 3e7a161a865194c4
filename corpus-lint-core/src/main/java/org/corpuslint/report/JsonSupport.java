package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** The one Jackson configuration every JSON-based report uses. */
final class JsonSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonSupport() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static void write(Object tree, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree);
        out.flush();
    }
}
