package org.lantian.warning.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Period;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.RuleSets;
import org.lantian.warning.rules.Run;
import org.lantian.warning.rules.WarningLevel;

/**
 * Candidates for the stage tests: county 141025 judged with national-2019 (YELLOW: AQI > 200 for 24 h;
 * ORANGE: > 200 for 48 h; YELLOW and ORANGE release at 150) at {@link #NOW}.
 */
final class Fixtures {

    static final String REGION = "141025";
    static final RuleSet NATIONAL = RuleSets.bundled().byId("national-2019");
    /** 2020-01-10 00:00 in Linfen. */
    static final Instant NOW = Instant.parse("2020-01-09T16:00:00Z");
    static final Duration HOLD = Duration.ofHours(36);

    private Fixtures() {
    }

    /** Consecutive periods from {@link #NOW}: hours, AQI, hours, AQI, … (PM2.5). */
    static List<Period> forecast(int... hoursAndAqi) {
        return forecastFrom(NOW, hoursAndAqi);
    }

    static List<Period> forecastFrom(Instant start, int... hoursAndAqi) {
        List<Period> periods = new ArrayList<>();
        Instant from = start;
        for (int i = 0; i < hoursAndAqi.length; i += 2) {
            Instant to = from.plus(Duration.ofHours(hoursAndAqi[i]));
            periods.add(new Period(from, to, hoursAndAqi[i + 1], "PM2.5"));
            from = to;
        }
        return periods;
    }

    static Candidate forecastCandidate(List<Period> periods) {
        return Candidate.forecast(REGION, NATIONAL, periods, Trigger.forecast("forecast issued 2020-01-09T16:00+08:00"), NOW);
    }

    /** An evaluation as a trigger makes it itself: one reason over the next 3 h. */
    static Evaluation given(WarningLevel level) {
        Reason reason = new Reason(level, "observed AQI > 200 for ≥ 3 h", new Run(NOW.minusSeconds(3 * 3600), NOW, 3, 250),
                NATIONAL.id());
        return new Evaluation(NATIONAL.id(), level, List.of(reason), "PM2.5", true);
    }

    static RegionState state(WarningLevel current, WarningLevel floor) {
        return new RegionState(current, floor, Optional.empty());
    }

    static RegionState state(WarningLevel current, WarningLevel floor, String openId, WarningLevel open) {
        return new RegionState(current, floor, Optional.of(new RegionState.OpenProposal(openId, open)));
    }

    /** A candidate as the floor stage hands it to the policy: evaluated, merged and floored. */
    static Candidate judged(Candidate c, Evaluation evaluation, RegionState state) {
        return c.withEvaluation(evaluation).withState(state).withFloored(evaluation);
    }
}
