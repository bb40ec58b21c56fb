package io.thesiswatch.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit of a metric's values. */
@Schema(name = "Unit", description = "The unit of a metric's values: USD, PERCENT, COUNT, USD_PER_MTOK (US dollars "
        + "per million tokens) FLOP, or RATIO (a pure number: an expression's unit unless it declares one)")
public enum Unit {
    USD, PERCENT, COUNT, USD_PER_MTOK, FLOP, RATIO
}
