package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Transform;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body a webhook receives, version 1, in the Standard Webhooks shape (type, timestamp, data). The headers
 * {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature} sign it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookPayload", description = "What a webhook receives (version 1), signed per the Standard Webhooks "
        + "specification: webhook-id (the same on every attempt of one message), webhook-timestamp (Unix seconds) "
        + "and webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body>; two, space-separated, while a "
        + "rotated secret still signs). Receivers verify it with the specification's libraries.")
public record WebhookPayload(
        @Schema(required = true, enumeration = {"alert.fired", "alert.resolved", "webhook.test"},
                description = "What happened: a trigger fired or resolved, or a test sent with testWebhook")
        String type,
        @Schema(required = true, description = "When it happened") Instant timestamp,
        @Schema(required = true, description = "The version of this payload; a change that breaks receivers gets "
                + "a new one", example = "1") int version,
        @Schema(required = true) Data data) {

    public static final int VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookPayloadData", description = "The alert and its trigger's condition (left out for a "
            + "test), and where to read more")
    public record Data(
            @Schema(description = "The alert, as listAlerts shows it; left out for a test") AlertEventResponse alert,
            @Schema(description = "The trigger's condition when it fired or resolved; left out for a test")
            Condition condition,
            @Schema(required = true) Links links,
            @Schema(description = "For a test: what it is") String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookPayloadCondition", description = "The watched series and the rule the trigger applies")
    public record Condition(
            @Schema(description = "Company or group code; left out for an expression", example = "BIG6")
            String subject,
            @Schema(description = "Metric code; left out for an expression", example = "CAPEX") String metric,
            @Schema(description = "The metric's name in the catalog, or an expression in words",
                    example = "Capital expenditure") String metricName,
            @Schema(description = "The trigger's expression, instead of subject, metric and transform; left out "
                    + "otherwise", example = "{NVDA:REVENUE} / {BIG6:CAPEX}") String expression,
            @Schema(description = "How the series is derived; left out for an expression") Transform transform,
            @Schema(description = "Periods of the transform's window, when it has one", example = "4") Integer window,
            @Schema(required = true) Operator operator,
            @Schema(required = true, example = "10") BigDecimal threshold,
            @Schema(description = "The level at which a firing trigger clears, when it has one", example = "12")
            BigDecimal clearThreshold,
            @Schema(description = "The unit of the values", example = "PERCENT") String unit) {
    }

    @Schema(name = "WebhookPayloadLinks", description = "Where the receiver reads more (alert-service API)")
    public record Links(
            @Schema(required = true, description = "The thesis' alerts, newest first") String alerts,
            @Schema(required = true, description = "The states of the thesis' triggers") String triggerStates,
            @Schema(required = true, description = "This webhook's deliveries") String deliveries) {
    }
}
