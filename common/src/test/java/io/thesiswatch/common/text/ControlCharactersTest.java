package io.thesiswatch.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "NVIDIA", "line one\nline two", "tab\there", "windows\r\nline", "台積電",
            "emoji 📈"})
    void acceptsPrintableTextWithTabsAndLineBreaks(String text) {
        assertEquals(Optional.empty(), ControlCharacters.problemIn(text));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"0, 2, U+0000", "7, 2, U+0007", "27, 2, U+001B", "31, 2, U+001F"})
    void refusesOtherC0ControlCharactersSayingWhichAndWhere(int code, int position, String name) {
        String text = "A" + (char) code + "B";
        assertEquals(Optional.of("must not contain control characters (" + name + " at position " + position + ")"),
                ControlCharacters.problemIn(text));
    }
}
