package io.thesiswatch.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that breaks a text rule; its message is what the client is told about the field. */
public class UnacceptableTextException extends MismatchedInputException {

    UnacceptableTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
    }
}
