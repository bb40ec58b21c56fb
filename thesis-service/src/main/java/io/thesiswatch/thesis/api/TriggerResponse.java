package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Trigger", description = "A risk trigger, with what a checker needs to know of its thesis")
public record TriggerResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID thesisId,
        @Schema(required = true, description = "Its thesis' title",
                example = "The AI infrastructure capex cycle runs through 2027") String thesisTitle,
        @Schema(required = true) ThesisStatus thesisStatus,
        @Schema(required = true, description = "Its thesis' company codes", example = "[\"NVDA\", \"AVGO\"]")
        List<String> thesisCompanies,
        @Schema(required = true, description = "What the trigger watches for", example = "Capex cycle ends")
        String name,
        @Schema(required = true) SeriesRef series,
        @Schema(required = true) Operator operator,
        @Schema(required = true, description = TriggerDetails.THRESHOLD, example = "10") BigDecimal threshold,
        @Schema(required = true, nullable = true, description = "Once firing, the trigger clears only past this "
                + "value; null: it clears as soon as the condition stops holding", example = "12")
        BigDecimal clearThreshold,
        @Schema(required = true, minimum = "1", maximum = "" + TriggerRules.MAX_FOR_PERIODS,
                description = "How many latest consecutive points must meet the condition", example = "1")
        int forPeriods,
        @Schema(required = true) Severity severity,
        @Schema(required = true, description = "false: never checked") boolean enabled,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "Checks skip the trigger until then; null when not snoozed",
                example = "2027-01-31T00:00:00Z") Instant snoozedUntil,
        @Schema(required = true, description = "Send it back with PUT to refuse a stale write; each change adds one",
                example = "0") long version,
        @Schema(required = true, description = "When it was created") Instant createdAt,
        @Schema(required = true, description = "When it last changed") Instant updatedAt) {
}
