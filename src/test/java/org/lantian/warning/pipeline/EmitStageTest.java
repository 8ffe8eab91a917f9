package org.lantian.warning.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lantian.eventlog.EventType;
import org.lantian.reduction.list.Pollutant;
import org.lantian.warning.AdequacySummary;
import org.lantian.warning.WarningEvent;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.ProposalKind;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.Run;
import org.lantian.warning.rules.WarningLevel;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;

/** The emit stage: the proposal row and its events for the store, counted by kind; it never stops a proposal. */
class EmitStageTest {

    /** 2020-01-09T16:00:00Z in epoch seconds: 18270 days and 16 h. */
    private static final String ORANGE_ID = "P-141025-1578585600-ORANGE";
    private static final AdequacySummary ADEQUATE = new AdequacySummary(3, WarningLevel.ORANGE, 20, true, 12,
            List.of(new AdequacySummary.PollutantCut(Pollutant.SO2, 25.5, true, 0)));
    private static final Reason TWO_DAYS_ABOVE_200 = new Reason(WarningLevel.ORANGE, "AQI > 200 for ≥ 48 h",
            new Run(Instant.parse("2020-01-10T04:00:00Z"), Instant.parse("2020-01-12T04:00:00Z"), 48, 260), "national-2019");

    private final List<ProposalStore.Proposal> stored = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private EmitStage stage(Optional<AdequacySummary> adequacy) {
        return new EmitStage((db, region, level) -> Uni.createFrom().item(adequacy), (tx, p) -> {
            stored.add(p);
            return Uni.createFrom().voidItem();
        }, registry);
    }

    private static Candidate decided(RegionState state) {
        Evaluation e = new Evaluation("national-2019", WarningLevel.ORANGE, List.of(TWO_DAYS_ABOVE_200), "PM2.5", true);
        return Fixtures.judged(Fixtures.forecastCandidate(Fixtures.forecast(48, 260)), e, state)
                .withDecision(new ProposalDecision(WarningLevel.ORANGE, ProposalKind.ISSUE, List.of(TWO_DAYS_ABOVE_200)));
    }

    @Test
    void aProposalIsStoredWithItsPROPOSEDEvent() {
        Candidate c = decided(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE));

        Outcome outcome = stage(Optional.of(ADEQUATE)).apply(null, c).await().indefinitely();

        assertThat(outcome).isEqualTo(new Outcome.Next(c));
        ProposalStore.Proposal p = stored.get(0);
        assertThat(p.id()).isEqualTo(ORANGE_ID);
        assertThat(p.level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(p.previousLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(p.kind()).isEqualTo(ProposalKind.ISSUE);
        assertThat(p.ruleSet()).isEqualTo("national-2019");
        assertThat(p.cause()).isEqualTo("PM2.5");
        assertThat(p.mandatory()).isTrue();
        assertThat(p.reasons()).containsExactly(TWO_DAYS_ABOVE_200);
        assertThat(p.trigger()).isEqualTo("forecast issued 2020-01-09T16:00+08:00");
        assertThat(p.adequacy()).isEqualTo(ADEQUATE);
        assertThat(p.supersedes()).isEmpty();
        assertThat(p.events()).hasSize(1);
        WarningEvent proposed = p.events().get(0);
        assertThat(proposed.eventId()).isEqualTo("proposal:" + ORANGE_ID);
        assertThat(proposed.type()).isEqualTo(EventType.PROPOSED);
        assertThat(proposed.warningId()).isEqualTo(ORANGE_ID);
        assertThat(proposed.effectiveFrom().toInstant()).as("from the first reason's start").isEqualTo(Instant.parse("2020-01-10T04:00:00Z"));
        assertThat(proposed.at().toInstant()).isEqualTo(Instant.parse("2020-01-09T16:00:00Z"));
        assertThat(proposed.actor()).isEqualTo("system");
        assertThat(proposed.extra()).containsEntry("proposalId", ORANGE_ID).containsEntry("kind", "ISSUE")
                .containsEntry("mandatory", true).containsEntry("cause", "PM2.5")
                .containsEntry("trigger", "forecast issued 2020-01-09T16:00+08:00").containsEntry("adequacy", ADEQUATE);
    }

    @Test
    void theOpenProposalIsSupersededFirst() {
        Candidate c = decided(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE, "P-141025-1578500000-YELLOW", WarningLevel.YELLOW));

        stage(Optional.of(ADEQUATE)).apply(null, c).await().indefinitely();

        ProposalStore.Proposal p = stored.get(0);
        assertThat(p.supersedes()).contains("P-141025-1578500000-YELLOW");
        assertThat(p.events()).extracting(WarningEvent::type).containsExactly(EventType.SUPERSEDED, EventType.PROPOSED);
        WarningEvent superseded = p.events().get(0);
        assertThat(superseded.eventId()).isEqualTo("proposal:P-141025-1578500000-YELLOW:superseded");
        assertThat(superseded.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(superseded.reasons()).isEqualTo(List.of("superseded by " + ORANGE_ID));
    }

    @Test
    void withoutARequiredCutThereIsNoAdequacy() {
        Candidate c = decided(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE));

        stage(Optional.empty()).apply(null, c).await().indefinitely();

        assertThat(stored.get(0).adequacy()).isNull();
        assertThat(stored.get(0).events().get(0).extra()).doesNotContainKey("adequacy");
    }

    @Test
    void aProposalIsCountedByKind() {
        stage(Optional.empty()).apply(null, decided(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE))).await().indefinitely();

        assertThat(registry.counter("aq.warning.proposals", "kind", "ISSUE").count()).isEqualTo(1.0);
    }

    @Test
    void aStoreThatFailsFailsTheRunAndCountsNothing() {
        EmitStage failing = new EmitStage((db, region, level) -> Uni.createFrom().item(Optional.empty()),
                (tx, p) -> Uni.createFrom().failure(new IllegalStateException("refused")), registry);

        assertThatThrownBy(() -> failing.apply(null, decided(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE))).await().indefinitely())
                .hasMessage("refused");
        assertThat(registry.find("aq.warning.proposals").counter()).isNull();
    }
}
