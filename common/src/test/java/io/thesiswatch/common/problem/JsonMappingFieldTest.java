package io.thesiswatch.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

/** How a Jackson mapping error becomes the {@code errors[].field} a client reads. */
class JsonMappingFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Stance {
        LONG, SHORT
    }

    record Series(Integer window) {
    }

    record Row(String period) {
    }

    record Body(String note, Stance stance, Series series, List<String> companies, List<Row> rows) {
    }

    private static JsonMappingException mappingError(String json) {
        return assertThrows(JsonMappingException.class, () -> JSON.readValue(json, Body.class));
    }

    /** The problem the mapper answers for a body Jackson could not map onto the expected types. */
    private static Problem answerTo(String json) {
        MismatchedInputException error = assertInstanceOf(MismatchedInputException.class, mappingError(json));
        Response response = new ProblemMapper(Optional.empty(), Optional.empty(), Optional.empty(), null)
                .mismatchedJson(error, null);
        return assertInstanceOf(Problem.class, response.getEntity());
    }

    @Test
    void joinsNestedFieldNamesWithDots() {
        assertEquals("series.window", ProblemMapper.jsonPath(mappingError("{\"series\": {\"window\": \"four\"}}")));
    }

    @Test
    void namesATopLevelFieldAsItIs() {
        assertEquals("note", ProblemMapper.jsonPath(mappingError("{\"note\": {\"text\": \"x\"}}")));
    }

    @Test
    void indexesAnElementOfAList() {
        assertEquals("companies[1]", ProblemMapper.jsonPath(mappingError("{\"companies\": [\"NVDA\", {}]}")));
    }

    @Test
    void indexesAnElementOfAListOfObjectsBeforeItsField() {
        String json = "{\"rows\": [{\"period\": \"2024\"}, {\"period\": [\"2025\"]}]}";
        assertEquals("rows[1].period", ProblemMapper.jsonPath(mappingError(json)));
    }

    @Test
    void leavesThePathEmptyWhenTheBodyItselfHasTheWrongShape() {
        assertEquals("", ProblemMapper.jsonPath(mappingError("[1, 2]")));
    }

    @Test
    void answersAMismatchedFieldWithItsNameAndTheTypeItMustHave() {
        Problem problem = answerTo("{\"series\": {\"window\": \"four\"}}");
        assertEquals(400, problem.status());
        assertEquals(List.of(Violation.of("series.window", "must be a number")), problem.errors());
    }

    @Test
    void answersAnUnknownEnumValueWithTheValuesItMayHave() {
        Problem problem = answerTo("{\"stance\": \"MAYBE\"}");
        assertEquals(List.of(Violation.of("stance", "must be one of [LONG, SHORT]")), problem.errors());
    }

    @Test
    void answersABodyOfTheWrongShapeWithoutAField() {
        Problem problem = answerTo("[1, 2]");
        assertEquals(Problem.TYPE_BASE + "malformed-body", problem.type());
        assertNull(problem.errors());
    }
}
