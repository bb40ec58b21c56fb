package io.thesiswatch.contract.expression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;

/**
 * A series computed from other series, period by period: {@code + - * /}, parentheses, numeric constants and
 * references written {@code {SUBJECT:METRIC[:TRANSFORM[:WINDOW]]}} (README, "Expressions and backtests").
 * <p>
 * Codes contain {@code -} and {@code .}, so each reference is replaced by a plain variable before EvalEx reads the
 * rest; EvalEx runs with those four operators and the two signs only: no functions, constants, strings, arrays,
 * structures or implicit multiplication. Values are exact decimals: sums and products to 34 significant digits,
 * quotients to {@value #DIVISION_SCALE} decimal places, HALF_UP; a division by zero leaves the period out.
 */
public final class SeriesExpression {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_REFERENCES = 10;
    public static final int DIVISION_SCALE = 10;

    private static final Pattern REFERENCE = Pattern.compile("\\{[^{}]*}");
    /** Outside references: what numbers, operators and parentheses are written with. */
    private static final Pattern FOREIGN = Pattern.compile("[^0-9.+\\-*/()\\s]+");
    private static final Set<Token.TokenType> ALLOWED = Set.of(Token.TokenType.NUMBER_LITERAL,
            Token.TokenType.VARIABLE_OR_CONSTANT, Token.TokenType.INFIX_OPERATOR, Token.TokenType.PREFIX_OPERATOR);
    private static final ExpressionConfiguration ARITHMETIC = ExpressionConfiguration.builder()
            .operatorDictionary(MapBasedOperatorDictionary.ofOperators(
                    Map.entry("+", new InfixPlusOperator()), Map.entry("-", new InfixMinusOperator()),
                    Map.entry("*", new InfixMultiplicationOperator()), Map.entry("/", new ScaledDivision())))
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions())
            .defaultConstants(Map.of())
            .mathContext(MathContext.DECIMAL128)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .implicitMultiplicationAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .stripTrailingZeros(false)
            .build();

    static {
        // prefix operators are looked up in the same dictionary under the same names
        MapBasedOperatorDictionary operators = (MapBasedOperatorDictionary) ARITHMETIC.getOperatorDictionary();
        operators.addOperator("+", new PrefixPlusOperator());
        operators.addOperator("-", new PrefixMinusOperator());
    }

    private final String text;
    private final String arithmetic;
    private final Map<SeriesReference, String> variables;

    private SeriesExpression(String text, String arithmetic, Map<SeriesReference, String> variables) {
        this.text = text;
        this.arithmetic = arithmetic;
        this.variables = variables;
    }

    /**
     * Reads an expression.
     *
     * @throws InvalidExpressionException naming the token at fault
     */
    public static SeriesExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidExpressionException(null, "is empty: write at least one {SUBJECT:METRIC} reference");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidExpressionException(null, "is longer than " + MAX_LENGTH + " characters");
        }
        Map<SeriesReference, String> variables = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        StringBuilder arithmetic = new StringBuilder();
        Matcher matcher = REFERENCE.matcher(trimmed);
        int end = 0;
        while (matcher.find()) {
            String between = trimmed.substring(end, matcher.start());
            requireArithmeticBetween(between);
            SeriesReference reference = SeriesReference.parse(matcher.group());
            String variable = variables.computeIfAbsent(reference, r -> "r" + variables.size());
            written.putIfAbsent(variable, matcher.group());
            arithmetic.append(between).append(' ').append(variable).append(' ');
            end = matcher.end();
        }
        requireArithmeticBetween(trimmed.substring(end));
        arithmetic.append(trimmed.substring(end));
        if (variables.isEmpty()) {
            throw new InvalidExpressionException(null, "names no series: write at least one {SUBJECT:METRIC} "
                    + "reference");
        }
        if (variables.size() > MAX_REFERENCES) {
            throw new InvalidExpressionException(null, "names " + variables.size() + " series; at most "
                    + MAX_REFERENCES);
        }
        requireArithmetic(arithmetic.toString(), written);
        return new SeriesExpression(trimmed, arithmetic.toString(), Collections.unmodifiableMap(variables));
    }

    /** The expression as written (without leading and trailing blanks). */
    public String text() {
        return text;
    }

    /** The series it names, each once, in the order first written. */
    public List<SeriesReference> references() {
        return List.copyOf(variables.keySet());
    }

    /** The expression with each reference written as {@code names} says ("NVDA Revenue / BIG6 Capital expenditure"). */
    public String inWords(Function<SeriesReference, String> names) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder words = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(words,
                    Matcher.quoteReplacement(names.apply(SeriesReference.parse(matcher.group()))));
        }
        matcher.appendTail(words);
        return words.toString().replaceAll("\\s+", " ");
    }

    /** Computes the expression for values of one period; not thread-safe (one per thread or per series). */
    public Calculator calculator() {
        return new Calculator(new Expression(arithmetic, ARITHMETIC));
    }

    /** Evaluates the expression for one period at a time. */
    public final class Calculator {

        private final Expression expression;

        private Calculator(Expression expression) {
            this.expression = expression;
        }

        /**
         * The value for one period: empty when a reference has no value for it, or the arithmetic divides by zero.
         */
        public Optional<BigDecimal> value(Map<SeriesReference, BigDecimal> values) {
            for (Map.Entry<SeriesReference, String> variable : variables.entrySet()) {
                BigDecimal value = values.get(variable.getKey());
                if (value == null) {
                    return Optional.empty();
                }
                expression.with(variable.getValue(), value);
            }
            try {
                return Optional.of(expression.evaluate().getNumberValue());
            } catch (EvaluationException e) {
                if (ScaledDivision.BY_ZERO.equals(e.getMessage())) {
                    return Optional.empty();
                }
                throw new IllegalStateException("A parsed expression failed: " + e.getMessage(), e);
            } catch (com.ezylang.evalex.parser.ParseException e) {
                throw new IllegalStateException("A parsed expression failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesExpression that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private static void requireArithmeticBetween(String between) {
        Matcher foreign = FOREIGN.matcher(between.replace("{", "").replace("}", ""));
        if (!between.contains("{") && !between.contains("}") && foreign.find()) {
            throw new InvalidExpressionException(foreign.group(), "is not a number or a reference; write a series "
                    + "as {SUBJECT:METRIC}" + expected());
        }
        int open = between.indexOf('{');
        int close = between.indexOf('}');
        if (open >= 0) {
            throw new InvalidExpressionException(between.substring(open).strip(), "a '{' without its '}'");
        }
        if (close >= 0) {
            throw new InvalidExpressionException(between.substring(0, close + 1).strip(), "a '}' without its '{'");
        }
    }

    /** Parses the arithmetic once, so a bad token is found when the expression is written, not when it runs. */
    private static void requireArithmetic(String arithmetic, Map<String, String> written) {
        List<ASTNode> nodes;
        try {
            nodes = new Expression(arithmetic, ARITHMETIC).getAllASTNodes();
        } catch (BaseException e) {
            throw new InvalidExpressionException(written.getOrDefault(e.getTokenString(), e.getTokenString()),
                    e.getMessage().toLowerCase(java.util.Locale.ROOT) + expected());
        }
        for (ASTNode node : nodes) {
            Token token = node.getToken();
            if (!ALLOWED.contains(token.getType())) {
                throw new InvalidExpressionException(token.getValue(), "only numbers, {SUBJECT:METRIC} references, "
                        + "+ - * / and parentheses are allowed");
            }
            if (token.getType() == Token.TokenType.VARIABLE_OR_CONSTANT && !written.containsKey(token.getValue())) {
                throw new InvalidExpressionException(token.getValue(), "is not a number or a reference; write a "
                        + "series as {SUBJECT:METRIC}");
            }
        }
    }

    private static String expected() {
        return " (an expression uses numbers, {SUBJECT:METRIC} references, + - * / and parentheses)";
    }
}
