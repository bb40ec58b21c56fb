package io.thesiswatch.contract.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.AbstractOperator;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;

/**
 * Division to {@link SeriesExpression#DIVISION_SCALE} decimal places, HALF_UP: the same quotient on every machine
 * and in every service, where EvalEx's own division rounds to a precision (significant digits).
 */
@InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
final class ScaledDivision extends AbstractOperator {

    static final String BY_ZERO = "division by zero";

    @Override
    public EvaluationValue evaluate(Expression expression, Token operator, EvaluationValue... operands)
            throws EvaluationException {
        BigDecimal dividend = operands[0].getNumberValue();
        BigDecimal divisor = operands[1].getNumberValue();
        if (divisor.signum() == 0) {
            throw new EvaluationException(operator, BY_ZERO);
        }
        return expression.convertValue(dividend.divide(divisor, SeriesExpression.DIVISION_SCALE, RoundingMode.HALF_UP));
    }
}
