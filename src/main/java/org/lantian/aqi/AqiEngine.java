package org.lantian.aqi;

import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Singleton;

/** The calculator with the standards loaded once; the one way the rest of Lantian asks for an AQI. */
@Singleton
public class AqiEngine {

    private final AqiStandards standards = AqiStandards.loadDefault();
    private final AqiCalculator calculator = new AqiCalculator();

    public AqiStandard standardAt(Instant at) {
        return standards.forInstant(at);
    }

    public Optional<AqiStandard> standard(String id) {
        return standards.byId(id);
    }

    public AqiStandards standards() {
        return standards;
    }

    public AqiResult compute(AqiStandard standard, AqiKind kind, AqiInput input) {
        return calculator.compute(standard, kind, input);
    }
}
