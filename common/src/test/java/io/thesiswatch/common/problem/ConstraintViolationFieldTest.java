package io.thesiswatch.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.thesiswatch.common.paging.PageParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a Bean Validation property path becomes the {@code errors[].field} a client reads. */
class ConstraintViolationFieldTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Series(@NotNull @Min(1) Integer window) {
    }

    record Row(@NotBlank String period) {
    }

    record Body(
            @NotBlank String note,
            @Valid Series series,
            List<@Pattern(regexp = "[A-Z]+") String> companies,
            List<@Valid Row> rows) {
    }

    /** Stands in for a JAX-RS resource: a body parameter, query parameters and a bean parameter. */
    static class Endpoint {

        void create(@NotNull @Valid Body request) {
        }

        void list(@Min(0) int page, @Min(1) int size) {
        }

        void read(@Valid PageParams paging) {
        }
    }

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static Body validBody() {
        return new Body("note", new Series(4), List.of("NVDA"), List.of(new Row("2024")));
    }

    private static String fieldOfTheOneViolation(String method, Object... arguments) {
        Method executable = endpointMethod(method);
        Set<ConstraintViolation<Endpoint>> violations = validator.forExecutables()
                .validateParameters(new Endpoint(), executable, arguments);
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        return ProblemMapper.fieldOf(violations.iterator().next());
    }

    private static Method endpointMethod(String name) {
        for (Method method : Endpoint.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException("Endpoint has no method " + name);
    }

    @Test
    void dropsTheMethodAndBodyParameterOfANestedBodyField() {
        Body body = new Body("note", new Series(0), List.of("NVDA"), List.of());
        assertEquals("series.window", fieldOfTheOneViolation("create", body));
    }

    @Test
    void namesATopLevelBodyFieldAsItIs() {
        Body body = new Body(" ", new Series(4), List.of(), List.of());
        assertEquals("note", fieldOfTheOneViolation("create", body));
    }

    @Test
    void indexesAnElementOfAListOfValues() {
        Body body = new Body("note", new Series(4), List.of("NVDA", "nope"), List.of());
        assertEquals("companies[1]", fieldOfTheOneViolation("create", body));
    }

    @Test
    void indexesAnElementOfAListOfObjectsBeforeItsField() {
        Body body = new Body("note", new Series(4), List.of(), List.of(new Row("2024"), new Row("2025"), new Row("")));
        assertEquals("rows[2].period", fieldOfTheOneViolation("create", body));
    }

    @Test
    void namesAMissingBodyByItsParameter() {
        assertEquals("request", fieldOfTheOneViolation("create", (Object) null));
    }

    @Test
    void namesAQueryParameterByItsName() {
        assertEquals("size", fieldOfTheOneViolation("list", 0, 0));
        assertEquals("page", fieldOfTheOneViolation("list", -1, 20));
    }

    @Test
    void namesAFieldOfABeanParameterByItsOwnName() {
        assertEquals("size", fieldOfTheOneViolation("read", new PageParams(0, 0)));
    }

    @Test
    void namesAFieldOfAValidatedObjectByItsPath() {
        Body body = new Body("note", new Series(null), List.of(), List.of());
        Set<ConstraintViolation<Body>> violations = validator.validate(body);
        assertEquals(1, violations.size());
        assertEquals("series.window", ProblemMapper.fieldOf(violations.iterator().next()));
    }

    @Test
    void aValidBodyHasNoViolationToName() {
        assertEquals(Set.of(), validator.forExecutables()
                .validateParameters(new Endpoint(), endpointMethod("create"), new Object[] {validBody()}));
    }
}
