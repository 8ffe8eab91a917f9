package org.lantian.directive;

import java.time.OffsetDateTime;

/** An enterprise's acknowledgement of an order (aq.directive.acks.v1 or the REST call). */
public record Acknowledgement(String directiveId, String enterpriseId, OffsetDateTime ackedAt, String by) {
}
