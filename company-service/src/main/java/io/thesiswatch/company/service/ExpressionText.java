package io.thesiswatch.company.service;

import java.util.Map;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.contract.expression.InvalidExpressionException;
import io.thesiswatch.contract.expression.SeriesExpression;
import io.thesiswatch.contract.expression.SeriesReference;

/** An expression as a request gives it, and as people read it. */
final class ExpressionText {

    private ExpressionText() {
    }

    /** Reads an expression, or a 400 naming the field and the token at fault. */
    static SeriesExpression parse(String field, String text) {
        try {
            return SeriesExpression.parse(text);
        } catch (InvalidExpressionException e) {
            throw InvalidInputException.of(field, e.getMessage());
        }
    }

    /** Each reference by its subject and its metric's name: "NVDA Revenue / BIG6 Capital expenditure". */
    static String inWords(SeriesExpression expression, Map<String, MetricRef> metrics) {
        return expression.inWords(reference -> {
            MetricRef metric = metrics.get(reference.metric());
            String name = reference.subject() + " " + (metric == null ? reference.metric() : metric.name());
            return name + transformWords(reference);
        });
    }

    private static String transformWords(SeriesReference reference) {
        return switch (reference.transform()) {
            case VALUE -> "";
            case YOY_PCT -> " (YoY %)";
            case POP_PCT -> " (% change on the period before)";
            case CHANGE_PCT -> " (% change over " + reference.window() + " periods)";
        };
    }
}
