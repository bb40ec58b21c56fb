package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;

@Schema(name = "Backtest", description = "A trigger replayed over its series' history, period by period, by the "
        + "live check's evaluator: when it would have fired and resolved, where it stands now, and how many emails "
        + "each kind of subscriber would have received")
public record BacktestResponse(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The saved trigger replayed; left out for a trigger given in full") UUID triggerId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The trigger's name") String name,
        @Schema(required = true, description = "The series: subject and metric codes, or the expression",
                example = "{NVDA:REVENUE} / {BIG6:CAPEX} * 100") String series,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The series in words, as company-service names it",
                example = "NVDA Revenue / BIG6 Capital expenditure * 100") String seriesName,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "PERCENT") String unit,
        @JsonInclude(JsonInclude.Include.NON_NULL) PeriodKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis,
        @Schema(required = true) Operator operator,
        @Schema(required = true, example = "30") BigDecimal threshold,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "32") BigDecimal clearThreshold,
        @Schema(required = true, example = "1") int forPeriods,
        @Schema(required = true) Severity severity,
        @Schema(required = true, description = "How many periods were replayed (the latest 400 at most)",
                example = "10") int periods,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2015") String from,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2024") String to,
        @Schema(required = true, description = "Each time the trigger would have fired, oldest first, with the period "
                + "it resolved at (left out while it still fires)") List<Episode> episodes,
        @Schema(required = true, description = "The state after the latest period") Now now,
        @Schema(required = true, description = "Emails a subscriber of the trigger's thesis would have received, "
                + "for each minSeverity and notifyResolved (quiet hours, caps and digests aside)")
        List<EmailCount> emails,
        @Schema(required = true, description = "What was replayed",
                example = "The series as company-service holds it today, restatements included; "
                        + "the first evaluation takes a baseline for crossings, as a new trigger's does")
        String replayed) {

    @Schema(name = "BacktestEpisode", description = "One firing: when it fired and when it resolved")
    public record Episode(
            @Schema(required = true) Moment fired,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Left out while the trigger still fires") Moment resolved) {
    }

    @Schema(name = "BacktestMoment", description = "A period and the value that made the trigger fire or resolve")
    public record Moment(
            @Schema(required = true, example = "2019") String period,
            @Schema(required = true, example = "calendar 2019") String periodName,
            @Schema(required = true, example = "27.4") BigDecimal value) {
    }

    @Schema(name = "BacktestNow", description = "Where the trigger stands after the latest period")
    public record Now(
            @Schema(required = true) TriggerCondition condition,
            @Schema(required = true) boolean firing,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2024") String period,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "29.5") BigDecimal value,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Why there is no decision (NO_DATA, ERROR)") String detail) {
    }

    @Schema(name = "BacktestEmailCount", description = "Emails one kind of subscriber would have received")
    public record EmailCount(
            @Schema(required = true) Severity minSeverity,
            @Schema(required = true) boolean notifyResolved,
            @Schema(required = true, example = "3") int emails) {
    }
}
