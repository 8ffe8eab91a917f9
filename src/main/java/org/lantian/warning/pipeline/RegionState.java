package org.lantian.warning.pipeline;

import java.util.Optional;

import org.lantian.warning.rules.WarningLevel;

/**
 * The region as the merge stage finds it.
 *
 * @param current its effective level (NONE when no warning is in force)
 * @param floor what it may not go below: the city's warning and the automatic regional floors
 * @param open the proposal still waiting for an officer, if any
 */
public record RegionState(WarningLevel current, WarningLevel floor, Optional<OpenProposal> open) {

    public record OpenProposal(String id, WarningLevel level) {
    }
}
