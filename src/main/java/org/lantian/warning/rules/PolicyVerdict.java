package org.lantian.warning.rules;

import java.util.Optional;

/** What {@link ProposalPolicy} made of an evaluation: a proposal, or the reason there is none. */
public sealed interface PolicyVerdict permits PolicyVerdict.Propose, PolicyVerdict.Withhold {

    record Propose(ProposalDecision decision) implements PolicyVerdict {
    }

    /** @param reason for the duty officer, e.g. "the region is at ORANGE already" */
    record Withhold(String reason) implements PolicyVerdict {
    }

    default Optional<ProposalDecision> proposal() {
        return this instanceof Propose p ? Optional.of(p.decision()) : Optional.empty();
    }
}
