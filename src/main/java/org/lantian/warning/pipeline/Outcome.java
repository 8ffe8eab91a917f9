package org.lantian.warning.pipeline;

/** What a stage made of a candidate: the candidate for the next stage, or why the proposal stops here. */
public sealed interface Outcome permits Outcome.Next, Outcome.Suppressed {

    record Next(Candidate candidate) implements Outcome {
    }

    /**
     * @param stage the stage that stopped the proposal ({@link ProposalStage#name()})
     * @param reason for the duty officer, e.g. "the region is at ORANGE already"
     */
    record Suppressed(String stage, String reason) implements Outcome {
    }

    static Outcome next(Candidate c) {
        return new Next(c);
    }
}
