package org.lantian.directive;

import java.time.OffsetDateTime;
import java.util.List;

/** One order as written: to the directive table and, as JSON, to its topic. */
record DirectiveRow(String id, String kind, String subject, int version, String warningId, String regionCode, String level,
                    String action, boolean mandatory, List<?> measures, Integer listVersion, OffsetDateTime effectiveFrom,
                    OffsetDateTime issuedAt, OffsetDateTime ackDeadline) {

    static final String INDUSTRIAL = "INDUSTRIAL";
    static final String VEHICLE = "VEHICLE";
    static final String CONSTRUCTION = "CONSTRUCTION";

    String topic() {
        return switch (kind) {
            case INDUSTRIAL -> "aq.directive.industrial.v1";
            case VEHICLE -> "aq.directive.vehicle.v1";
            default -> "aq.directive.construction.v1";
        };
    }
}
