package io.thesiswatch.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or instant in the years 1 to 9999. JSON dates may name any year up to a billion, PostgreSQL stores
 * timestamps only to the year 294276, and no client needs more than four digits.
 */
@Documented
@Constraint(validatedBy = {FourDigitYear.OfDate.class, FourDigitYear.OfInstant.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FourDigitYear {

    String message() default "must be in the years 1 to 9999";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int MIN = 1;
    int MAX = 9999;

    class OfDate implements ConstraintValidator<FourDigitYear, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= MIN && date.getYear() <= MAX);
        }
    }

    class OfInstant implements ConstraintValidator<FourDigitYear, Instant> {

        private static final Instant FIRST = LocalDate.of(MIN, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        private static final Instant AFTER_LAST = LocalDate.of(MAX + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

        @Override
        public boolean isValid(Instant instant, ConstraintValidatorContext context) {
            return instant == null || (!instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST));
        }
    }
}
