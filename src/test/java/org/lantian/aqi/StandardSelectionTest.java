package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 2012 applies until 2026-02-28, 2026 from 2026-03-01, both in Asia/Shanghai; lookup by id. */
class StandardSelectionTest {

    private final AqiStandards standards = AqiStandards.loadDefault();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-02-28T23:59:00+08:00, HJ633-2012",
            "2026-02-28T23:59:59.999999999+08:00, HJ633-2012",
            "2026-03-01T00:00:00+08:00, HJ633-2026",
            "2026-02-28T15:59:59Z, HJ633-2012",
            "2026-02-28T16:00:00Z, HJ633-2026",
            "2026-02-28T16:30:00Z, HJ633-2026",
            "2026-02-28T23:00:00+00:00, HJ633-2026",
            "2026-03-01T01:00:00+09:00, HJ633-2026",
            "2026-02-28T12:00:00-05:00, HJ633-2026",
            "2020-01-10T08:00:00+08:00, HJ633-2012",
            "2013-01-01T00:00:00+08:00, HJ633-2012",
            "1990-06-01T00:00:00+08:00, HJ633-2012",
            "2035-06-01T00:00:00+08:00, HJ633-2026"})
    void selectsByTheShanghaiCalendarDay(String at, String expected) {
        Instant instant = OffsetDateTime.parse(at).toInstant();

        assertThat(standards.forInstant(instant).id()).isEqualTo(expected);
    }

    @Test
    void selectsByDate() {
        assertThat(standards.forDate(LocalDate.of(2026, 2, 28)).id()).isEqualTo("HJ633-2012");
        assertThat(standards.forDate(LocalDate.of(2026, 3, 1)).id()).isEqualTo("HJ633-2026");
    }

    @Test
    void listsBothOldestFirstWithTheirDates() {
        assertThat(standards.all()).extracting(AqiStandard::id).containsExactly("HJ633-2012", "HJ633-2026");
        AqiStandard v2012 = standards.all().get(0);
        AqiStandard v2026 = standards.all().get(1);
        assertThat(v2012.effectiveFrom()).isEmpty();
        assertThat(v2012.effectiveTo()).contains(LocalDate.of(2026, 2, 28));
        assertThat(v2026.effectiveFrom()).contains(LocalDate.of(2026, 3, 1));
        assertThat(v2026.effectiveTo()).isEmpty();
    }

    @ParameterizedTest(name = "byId({0}) -> {1}")
    @CsvSource({
            "HJ633-2012, HJ633-2012", "hj633-2012, HJ633-2012", "2012, HJ633-2012", "' HJ 633—2012 ', HJ633-2012",
            "HJ633-2026, HJ633-2026", "Hj633-2026, HJ633-2026", "2026, HJ633-2026", "HJ 633-2026, HJ633-2026"})
    void findsById(String id, String expected) {
        assertThat(standards.byId(id)).map(AqiStandard::id).contains(expected);
    }

    @ParameterizedTest(name = "byId(''{0}'') -> empty")
    @NullAndEmptySource
    @ValueSource(strings = {"2019", "HJ633", "HJ633-2020", "GB3095-2012", "12"})
    void unknownIdsAreEmpty(String id) {
        assertThat(standards.byId(id)).isEmpty();
    }

    @Test
    void defaultStandardsAreShared() {
        assertThat(AqiStandards.loadDefault()).isSameAs(standards);
    }
}
