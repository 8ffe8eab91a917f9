package org.lantian.warning;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An open proposal as the API shows it.
 *
 * @param reasons  the rule set's reasons, in words
 * @param adequacy the reduction list's 10/20/30 % check for the proposed level, or null
 */
public record ProposalView(String id, String regionCode, String level, String previousLevel, String kind, String ruleSet,
                           String cause, boolean mandatory, JsonNode reasons, String trigger, OffsetDateTime createdAt,
                           JsonNode adequacy) {
}
