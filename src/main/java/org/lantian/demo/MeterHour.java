package org.lantian.demo;

/**
 * One metered line's electricity for the hour ending at {@code hour}: its normal load with the generator's noise
 * drawn. What it actually draws depends on whether its enterprise is under an order then, which only the replay
 * knows (orders exist at run time): {@link TelemetrySeries#render}.
 */
public record MeterHour(int hour, Scenario.Enterprise enterprise, String meter, double normalKw) {
}
