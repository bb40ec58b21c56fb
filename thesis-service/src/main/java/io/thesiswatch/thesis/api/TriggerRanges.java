package io.thesiswatch.thesis.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The enabled triggers cut into ranges of ids, for checkers that share the work: with boundaries b1 .. bn, the
 * ranges are up to b1, after b1 through b2, ..., after bn (each boundary belongs to the range it ends).
 */
@Schema(name = "TriggerRanges", description = "Ids that cut the enabled triggers, in id order, into ranges of about "
        + "size triggers; page through one range with the feed's after and through")
public record TriggerRanges(
        @Schema(required = true, description = "Triggers per range asked for", example = "1000") int size,
        @Schema(required = true, description = "The last id of every range but the last one, in id order; empty when "
                + "all triggers fit in one range") List<UUID> boundaries) {
}
