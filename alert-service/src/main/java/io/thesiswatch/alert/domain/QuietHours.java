package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Hours of a local day when immediate emails wait; a start after the end runs across midnight (22:00-07:00). */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** When the quiet hours this instant falls in end, in that zone (empty when it falls outside them). */
    public Optional<Instant> endOf(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return java.util.Optional.empty();
        }
        ZonedDateTime end = ZonedDateTime.of(local.toLocalDate(), this.end, zone);
        if (!end.isAfter(local)) {
            end = ZonedDateTime.of(local.toLocalDate().plusDays(1), this.end, zone);
        }
        return java.util.Optional.of(end.toInstant());
    }
}
