package io.thesiswatch.company;

import static io.thesiswatch.company.CompanyBody.aCompany;
import static io.thesiswatch.company.GroupBody.aGroup;
import static io.thesiswatch.company.MetricBody.aMetric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.Tokens;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeMatcher;

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
        List<Matcher<? super Object>> each = Arrays.stream(expected)
                .map(e -> (Matcher<? super Object>) decimal(e)).toList();
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

    /** A new company with a fresh code, answering that code. */
    public static String company(String prefix) {
        String code = code(prefix);
        create("/api/v1/companies", aCompany(code).name("Company " + code).exchange("NASDAQ").country("US")
                .layer("INFRASTRUCTURE").tags("gpu").build());
        return code;
    }

    /** A new company with a fresh code whose fiscal year ends on {@code monthDay} (MM-DD), answering that code. */
    public static String companyWithYearEnd(String prefix, String monthDay) {
        String code = code(prefix);
        create("/api/v1/companies", aCompany(code).name("Company " + code).layer("PLATFORM")
                .fiscalYearEnd(monthDay).build());
        return code;
    }

    /** A new group of these companies with a fresh code, answering that code. */
    public static String group(String prefix, String... members) {
        String code = code(prefix);
        create("/api/v1/groups", aGroup(code).name("Group " + code).members(members).build());
        return code;
    }

    /** A new metric whose members' values sum into a group total (capex), answering its fresh code. */
    public static String additiveMetric(String prefix, String unit) {
        return metric(prefix, unit, true);
    }

    /** A new metric that does not sum over a group's members (a share), answering its fresh code. */
    public static String nonAdditiveMetric(String prefix, String unit) {
        return metric(prefix, unit, false);
    }

    private static String metric(String prefix, String unit, boolean additive) {
        String code = metricCode(prefix);
        create("/api/v1/metrics", aMetric(code).name("Metric " + code).unit(unit).additive(additive).build());
        return code;
    }

    private static void create(String path, Object body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }
}
