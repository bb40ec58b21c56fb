package io.thesiswatch.company;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.Tokens;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeMatcher;
import org.hamcrest.Description;
import java.math.BigDecimal;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

/** Test data through the public API, with codes unique to each test so tests never see each other's data. */
public final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

    /** Decimals are read as BigDecimal, never as float, so that tests see the digits the API sent. */
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Fixtures() {
    }

    /** A request as an admin (who may do everything here), reading decimals exactly. */
    public static RequestSpecification given() {
        return anonymous().auth().oauth2(Tokens.admin());
    }

    /** A request without a token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().config(DECIMALS);
    }

    /** Matches a JSON number equal in value to {@code expected}, whatever type the JSON reader chose. */
    public static Matcher<Object> decimal(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(wanted) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    /** Matches a JSON array of numbers equal in value to these, in this order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Matcher<Iterable<?>> decimals(String... expected) {
        List<Matcher<? super Object>> each = java.util.Arrays.stream(expected).map(e -> (Matcher<? super Object>) decimal(e)).toList();
        return (Matcher) Matchers.contains(each);
    }

    /** A fresh subject code such as {@code NV3K7}. */
    public static String code(String prefix) {
        return prefix + RUN + String.format("%04d", COUNTER.incrementAndGet());
    }

    /** A fresh metric code such as {@code CAPEX_3K7}. */
    public static String metricCode(String prefix) {
        return prefix + "_" + RUN + String.format("%04d", COUNTER.incrementAndGet());
    }

    public static String company(String prefix) {
        String code = code(prefix);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Company " + code, "exchange", "NASDAQ", "country", "US",
                        "layer", "INFRASTRUCTURE", "tags", List.of("gpu")))
                .post("/api/v1/companies").then().statusCode(201);
        return code;
    }

    public static String group(String prefix, String... members) {
        String code = code(prefix);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Group " + code, "members", List.of(members)))
                .post("/api/v1/groups").then().statusCode(201);
        return code;
    }

    public static String metric(String prefix, String unit, boolean additive) {
        String code = metricCode(prefix);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Metric " + code, "unit", unit, "additive", additive))
                .post("/api/v1/metrics").then().statusCode(201);
        return code;
    }

    /** Records observations given as subject, metric, period, value quadruples. */
    public static void observe(Object... quads) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < quads.length; i += 4) {
            if (i > 0) {
                json.append(',');
            }
            json.append(String.format("{\"subject\":\"%s\",\"metric\":\"%s\",\"period\":\"%s\",\"value\":%s,\"source\":\"test\"}",
                    quads[i], quads[i + 1], quads[i + 2], quads[i + 3]));
        }
        json.append(']');
        given().contentType(ContentType.JSON).body(json.toString())
                .post("/api/v1/observations").then().statusCode(200);
    }
}
