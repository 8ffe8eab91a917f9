package org.lantian.directive;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The staggered-production season (错峰生产, Shanxi: 1 Nov – 31 Mar). A season
 * crossing the new year is named by its start date.
 */
@ConfigMapping(prefix = "lantian.directive.staggered")
public interface StaggeredSeason {

    @WithDefault("--11-01")
    MonthDay start();

    @WithDefault("--03-31")
    MonthDay end();

    /** The start date of the season {@code day} is in, if any. */
    default Optional<LocalDate> seasonOf(LocalDate day) {
        return seasonOf(day, start(), end());
    }

    static Optional<LocalDate> seasonOf(LocalDate day, MonthDay start, MonthDay end) {
        MonthDay today = MonthDay.from(day);
        boolean crossesYear = end.isBefore(start);
        if (!crossesYear) {
            return !today.isBefore(start) && !today.isAfter(end) ? Optional.of(start.atYear(day.getYear())) : Optional.empty();
        }
        if (!today.isBefore(start)) {
            return Optional.of(start.atYear(day.getYear()));
        }
        if (!today.isAfter(end)) {
            return Optional.of(start.atYear(day.getYear() - 1));
        }
        return Optional.empty();
    }
}
