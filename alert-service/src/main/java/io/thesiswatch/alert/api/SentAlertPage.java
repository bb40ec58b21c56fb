package io.thesiswatch.alert.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SentAlertPage", description = "A page of a subscriber's alerts, newest first; pass next as cursor for "
        + "the page after it")
public record SentAlertPage(
        @Schema(required = true) List<SentAlertResponse> items,
        @Schema(required = true, nullable = true, description = "The cursor of the next page; null on the last page",
                example = "7") String next) {
}
