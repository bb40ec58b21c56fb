package io.thesiswatch.alert.api;

import java.time.format.DateTimeFormatter;

import io.thesiswatch.alert.domain.QuietHours;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuietHours", description = "Local hours when immediate alert emails wait until the end; a start after "
        + "the end runs across midnight")
public record QuietHoursView(
        @Schema(required = true, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", description = "Local start, HH:mm",
                example = "22:00") String start,
        @Schema(required = true, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", description = "Local end, HH:mm",
                example = "07:00") String end) {

    static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public static QuietHoursView of(QuietHours hours) {
        return new QuietHoursView(HOURS_MINUTES.format(hours.start()), HOURS_MINUTES.format(hours.end()));
    }
}
