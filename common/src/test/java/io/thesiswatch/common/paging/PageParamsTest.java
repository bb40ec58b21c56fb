package io.thesiswatch.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageParamsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static List<String> problems(int page, int size) {
        return validator.validate(new PageParams(page, size)).stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .sorted()
                .toList();
    }

    @ParameterizedTest(name = "page {0}, size {1} is accepted")
    @CsvSource({"0, 1", "0, 20", "0, 100", "7, 50", "100000, 100"})
    void acceptsPagesFromZeroAndSizesFromOneToAHundred(int page, int size) {
        assertEquals(List.of(), problems(page, size));
    }

    @ParameterizedTest(name = "page {0}, size {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "-1 | 20  | page must be between 0 and 100000",
            "26843546 | 80 | page must be between 0 and 100000",
            "0  | 0   | size must be between 1 and 100",
            "0  | 101 | size must be between 1 and 100"})
    void refusesAPageOrSizeOutOfBounds(int page, int size, String problem) {
        assertEquals(List.of(problem), problems(page, size));
    }

    @Test
    void startsAPageAfterTheItemsOfThePagesBefore() {
        assertEquals(0, new PageParams(0, 20).offset());
        assertEquals(60, new PageParams(3, 20).offset());
    }
}
