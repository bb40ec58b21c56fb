package io.thesiswatch.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A decimal of at most 1000 digits before and 1000 after the point: every number a client can write out (JSON
 * numbers are read up to 1000 characters), but none that only an exponent makes huge ({@code 1e200000}), which
 * PostgreSQL cannot store. Not {@code @Digits}, which the document would state as a {@code multipleOf} of
 * 10^-1000, a number no client can hold.
 */
@Documented
@Constraint(validatedBy = BoundedDigits.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedDigits {

    int MAX = 1000;

    String message() default "must have at most " + MAX + " digits before and after the decimal point";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<BoundedDigits, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || fits(value);
        }

        /** Whether {@code value} has at most {@link #MAX} digits before and after the point. */
        public static boolean fits(BigDecimal value) {
            return value.precision() - value.scale() <= MAX && value.scale() <= MAX;
        }
    }
}
