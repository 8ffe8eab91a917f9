package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.List;

import org.lantian.warning.rules.Reason;

/**
 * An open proposal as the API shows it.
 *
 * @param reasons  why the rule set proposes the level: each condition met and the forecast run that met it
 * @param adequacy the reduction list's 10/20/30 % check for the proposed level, or null
 */
public record ProposalView(String id, String regionCode, String level, String previousLevel, String kind, String ruleSet,
                           String cause, boolean mandatory, List<Reason> reasons, String trigger, OffsetDateTime createdAt,
                           AdequacySummary adequacy) {
}
