package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.warning.rules.Period;

/** The 36 h hold starts now, or at a forecast's first period when it begins later the same day (an afternoon forecast for tomorrow). */
class HoldStartTest {

    private static final Instant NOW = OffsetDateTime.parse("2020-01-12T16:00:00+08:00").toInstant();

    private static List<Period> from(String start) {
        OffsetDateTime from = OffsetDateTime.parse(start);
        return List.of(Period.of(from, from.plusDays(2), 80, "PM2.5"));
    }

    @Test
    void aForecastForTomorrowStartsTheHoldAtMidnight() {
        assertThat(ForecastPeriods.holdStart(from("2020-01-13T00:00:00+08:00"), NOW))
                .isEqualTo(OffsetDateTime.parse("2020-01-13T00:00:00+08:00").toInstant());
    }

    @Test
    void aForecastCoveringNowStartsTheHoldNow() {
        assertThat(ForecastPeriods.holdStart(from("2020-01-12T00:00:00+08:00"), NOW)).isEqualTo(NOW);
    }

    @Test
    void aForecastStartingMoreThanADayAheadDoesNotMoveTheHold() {
        assertThat(ForecastPeriods.holdStart(from("2020-01-14T00:00:00+08:00"), NOW)).isEqualTo(NOW);
    }
}
