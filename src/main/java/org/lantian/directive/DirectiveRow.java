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
    /** Seasonal staggered production (错峰生产): one name on the topic, in the table and in the REST filter. */
    static final String STAGGERED_PRODUCTION = "STAGGERED_PRODUCTION";

    /** Every kind, as the topics, the table and the REST filter name it. */
    static final List<String> KINDS = List.of(INDUSTRIAL, VEHICLE, CONSTRUCTION, STAGGERED_PRODUCTION);

    /** Orders addressed to one enterprise (the subject), which that enterprise acknowledges itself. */
    static final List<String> ENTERPRISE_KINDS = List.of(INDUSTRIAL, STAGGERED_PRODUCTION);

    static boolean addressedToEnterprise(String kind) {
        return ENTERPRISE_KINDS.contains(kind);
    }

    String topic() {
        return switch (kind) {
            case INDUSTRIAL -> "aq.directive.industrial.v1";
            case VEHICLE -> "aq.directive.vehicle.v1";
            default -> "aq.directive.construction.v1";
        };
    }
}
