package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a check ran: on a schedule tick, or because someone asked for it. */
@Schema(description = "Why a check ran: SCHEDULE, on a tick of the check schedule; REQUEST, asked for with runCheck")
public enum CheckOrigin {
    SCHEDULE, REQUEST
}
