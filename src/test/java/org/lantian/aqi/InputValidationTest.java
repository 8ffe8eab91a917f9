package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Negative, NaN and infinite concentrations are rejected, naming the field. */
class InputValidationTest {

    private static final String[] FIELDS = {"pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h", "so2_24h"};

    @ParameterizedTest(name = "{0} = -1")
    @ValueSource(strings = {"pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h", "so2_24h"})
    void negativeIsRejectedNamingTheField(String field) {
        assertThatThrownBy(() -> TestSupport.only(field, -1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + " must not be negative");
    }

    @ParameterizedTest(name = "{0} = NaN")
    @ValueSource(strings = {"pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h", "so2_24h"})
    void nanIsRejectedNamingTheField(String field) {
        assertThatThrownBy(() -> TestSupport.only(field, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + " must be a number");
    }

    @Test
    void infinitiesAreRejected() {
        for (String field : FIELDS) {
            assertThatThrownBy(() -> TestSupport.only(field, Double.POSITIVE_INFINITY))
                    .hasMessageStartingWith(field + " must be finite");
            assertThatThrownBy(() -> TestSupport.only(field, Double.NEGATIVE_INFINITY))
                    .hasMessageStartingWith(field + " must not be negative");
        }
    }

    @Test
    void tinyNegativeIsRejected() {
        assertThatThrownBy(() -> AqiInput.builder().pm25(-0.001).build())
                .hasMessageStartingWith("pm25 must not be negative");
    }

    @Test
    void zeroNegativeZeroAndMissingAreAccepted() {
        AqiInput input = new AqiInput(0.0, -0.0, null, null, null, null, null);

        AqiResult result = TestSupport.compute("2012", AqiKind.HOURLY, input);

        assertThat(result.aqi()).isZero();
        assertThat(result.iaqi()).containsEntry(SubIndex.PM25, 0).containsEntry(SubIndex.PM10, 0);
    }

    @Test
    void calculatorRejectsNullArguments() {
        AqiInput input = AqiInput.builder().build();
        assertThatThrownBy(() -> TestSupport.CALCULATOR.compute(null, AqiKind.HOURLY, input))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("standard");
        assertThatThrownBy(() -> TestSupport.CALCULATOR.compute(TestSupport.V2026, null, input))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> TestSupport.CALCULATOR.compute(TestSupport.V2026, AqiKind.DAILY, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("input");
    }
}
