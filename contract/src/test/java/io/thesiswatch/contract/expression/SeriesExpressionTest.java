package io.thesiswatch.contract.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.thesiswatch.contract.Transform;

class SeriesExpressionTest {

    private static final SeriesReference NVDA_REVENUE = new SeriesReference("NVDA", "REVENUE", null, null);
    private static final SeriesReference BIG6_CAPEX = new SeriesReference("BIG6", "CAPEX", null, null);

    @Test
    void readsReferencesWithCodesThatHoldDashesAndDots() {
        SeriesExpression expression = SeriesExpression.parse(
                " {BRK.B:REVENUE} - {CN-LLM:MARKET_SHARE:YOY_PCT} + {NVDA:CAPEX:CHANGE_PCT:4} / {BRK.B:REVENUE} ");

        assertEquals(List.of(new SeriesReference("BRK.B", "REVENUE", Transform.VALUE, null),
                new SeriesReference("CN-LLM", "MARKET_SHARE", Transform.YOY_PCT, null),
                new SeriesReference("NVDA", "CAPEX", Transform.CHANGE_PCT, 4)), expression.references());
        assertEquals("{BRK.B:REVENUE} - {CN-LLM:MARKET_SHARE:YOY_PCT} + {NVDA:CAPEX:CHANGE_PCT:4} / {BRK.B:REVENUE}",
                expression.text());
        assertEquals("{NVDA:CAPEX:CHANGE_PCT:4}", expression.references().get(2).text());
    }

    @Test
    void dividesToTenDecimalPlacesHalfUp() {
        SeriesExpression share = SeriesExpression.parse("{NVDA:REVENUE} / {BIG6:CAPEX} * 100");

        Optional<BigDecimal> value = share.calculator().value(Map.of(NVDA_REVENUE, new BigDecimal("130497"),
                BIG6_CAPEX, new BigDecimal("443")));

        // 130497 / 443 = 294.57562076749435...; to 10 places HALF_UP 294.5756207675, then times 100
        assertEquals(new BigDecimal("29457.5620767500"), value.orElseThrow());
    }

    @Test
    void followsPrecedenceParenthesesAndSigns() {
        SeriesExpression expression = SeriesExpression.parse("-({NVDA:REVENUE} - 2) * 3 + {BIG6:CAPEX} / 4");

        BigDecimal value = expression.calculator().value(Map.of(NVDA_REVENUE, BigDecimal.TEN, BIG6_CAPEX,
                BigDecimal.ONE)).orElseThrow();

        assertEquals(0, new BigDecimal("-23.75").compareTo(value), value.toPlainString());
    }

    @Test
    void leavesThePeriodOutWhenAnOperandIsMissingOrTheDivisorIsZero() {
        SeriesExpression.Calculator calculator = SeriesExpression.parse("{NVDA:REVENUE} / {BIG6:CAPEX}").calculator();

        assertEquals(Optional.empty(), calculator.value(Map.of(NVDA_REVENUE, BigDecimal.ONE)));
        assertEquals(Optional.empty(), calculator.value(Map.of(NVDA_REVENUE, BigDecimal.ONE, BIG6_CAPEX,
                new BigDecimal("0.000"))));
        assertEquals(Optional.of(new BigDecimal("0.5000000000")), calculator.value(Map.of(NVDA_REVENUE,
                BigDecimal.ONE, BIG6_CAPEX, new BigDecimal("2"))));
    }

    @Test
    void saysTheExpressionInWords() {
        SeriesExpression expression = SeriesExpression.parse("{NVDA:REVENUE}  /  {BIG6:CAPEX:YOY_PCT}");

        assertEquals("NVDA Revenue / BIG6 Capital expenditure, YoY %", expression.inWords(
                r -> r.subject() + " " + (r.metric().equals("CAPEX") ? "Capital expenditure, YoY %" : "Revenue")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{NVDA:REVENUE} / {BIG6:capex}       | {BIG6:capex}       | 'capex' is not a metric code",
            "{nvda:REVENUE}                      | {nvda:REVENUE}     | 'nvda' is not a subject code",
            "{NVDA}                              | {NVDA}             | a reference is {SUBJECT:METRIC",
            "{NVDA:REVENUE:YOY}                  | {NVDA:REVENUE:YOY} | 'YOY' is not a transform",
            "{NVDA:REVENUE:CHANGE_PCT}           | {NVDA:REVENUE:CHANGE_PCT} | the window is required with CHANGE_PCT",
            "{NVDA:REVENUE:YOY_PCT:4}            | {NVDA:REVENUE:YOY_PCT:4} | the window is only allowed with "
                    + "CHANGE_PCT",
            "{NVDA:REVENUE} / {BIG6:CAPEX        | {BIG6:CAPEX        | a '{' without its '}'",
            "NVDA:REVENUE} * 2                   | NVDA:REVENUE}      | a '}' without its '{'",
            "{NVDA:REVENUE} ^ 2                  | ^                  | is not a number or a reference",
            "sqrt({NVDA:REVENUE})                | sqrt               | is not a number or a reference",
            "2 {NVDA:REVENUE}                    | r0                 | ",
            "PI * {NVDA:REVENUE}                 | PI                 | is not a number or a reference",
            "{NVDA:REVENUE} /                    |                    | ",
            "12 * 3                              |                    | names no series",
    })
    void refusesWhatIsNotArithmeticOnReferencesNamingTheToken(String text, String token, String problem) {
        InvalidExpressionException e = assertThrows(InvalidExpressionException.class,
                () -> SeriesExpression.parse(text));

        if (token != null && !token.equals("r0")) {
            assertEquals(token, e.token(), e.getMessage());
        }
        if (problem != null) {
            assertTrue(e.getMessage().contains(problem), e.getMessage());
        }
    }

    @Test
    void implicitMultiplicationNamesTheReferenceAsWritten() {
        InvalidExpressionException e = assertThrows(InvalidExpressionException.class,
                () -> SeriesExpression.parse("2 {NVDA:REVENUE}"));

        assertTrue(e.getMessage().startsWith("'{NVDA:REVENUE}': "), e.getMessage());
    }

    @Test
    void refusesTooManyReferencesAndTooLongATexts() {
        StringBuilder many = new StringBuilder("{A0:REVENUE}");
        for (int i = 1; i <= SeriesExpression.MAX_REFERENCES; i++) {
            many.append(" + {A").append(i).append(":REVENUE}");
        }
        assertTrue(assertThrows(InvalidExpressionException.class, () -> SeriesExpression.parse(many.toString()))
                .getMessage().contains("at most 10"));
        assertTrue(assertThrows(InvalidExpressionException.class,
                () -> SeriesExpression.parse("{NVDA:REVENUE}" + " + 1".repeat(200))).getMessage()
                .contains("longer than 500"));
    }
}
