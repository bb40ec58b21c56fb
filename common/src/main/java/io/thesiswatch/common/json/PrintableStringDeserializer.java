package io.thesiswatch.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import io.thesiswatch.common.text.ControlCharacters;

/** Reads JSON strings as Jackson does, refusing those with control characters (the problem names the field). */
final class PrintableStringDeserializer extends StdScalarDeserializer<String> {

    PrintableStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        var problem = ControlCharacters.problemIn(value);
        if (problem.isPresent()) {
            throw new UnacceptableTextException(parser, problem.get());
        }
        return value;
    }
}
