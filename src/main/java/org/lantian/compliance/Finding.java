package org.lantian.compliance;

import java.time.OffsetDateTime;
import java.util.List;

import org.lantian.directive.OrderPeriods.OrderedMeasure;

/**
 * A suspected violation (or an order that cannot be checked for want of a baseline) as the API and
 * {@value FindingStore#TOPIC} show it, with its evidence.
 *
 * @param violatingHours how many checked hours broke the rule
 * @param decision       CONFIRMED or DISMISSED by an officer, or null
 */
public record Finding(String findingId, String enterpriseId, String regionCode, String directiveId, String warningId, Rule rule,
                      String meter, FindingState.Outcome outcome, FindingState.Status status, OffsetDateTime firstHour,
                      OffsetDateTime lastViolation, OffsetDateTime closedAt, int violatingHours, Evidence evidence, int version,
                      String decision, String decidedBy, OffsetDateTime decidedAt, String decisionReason) {

    /**
     * What the finding rests on: the order's measures behind the rule, the unit, and the latest checked hours (each
     * with its value, baseline and threshold) from the first violation on.
     */
    public record Evidence(String rule, String directiveId, List<OrderedMeasure> measures, String meter, String unit,
                           List<EvidenceHour> hours) {
    }

    public record EvidenceHour(OffsetDateTime hour, Verdict verdict, Double value, Double baseline, Double threshold, String note) {

        static EvidenceHour of(HourVerdict v) {
            return new EvidenceHour(v.hour(), v.verdict(), round(v.value()), round(v.baseline()), round(v.threshold()), v.note());
        }

        private static Double round(Double d) {
            return d == null ? null : Math.round(d * 1000) / 1000.0;
        }
    }

    /** A change of a finding as published on {@value FindingStore#TOPIC}: the finding after it, what changed, and when. */
    public record Change(String messageId, String change, OffsetDateTime at, Finding finding) {
    }

    public static String id(String directiveId, Rule rule, String meter) {
        return "finding:" + directiveId + ":" + rule + ":" + meter;
    }

    static String unit(Rule rule) {
        return switch (rule) {
            case STOP, LIMIT -> "kW";
            case STACK_SO2, STACK_NOX, STACK_PM, NH3_SLIP -> "mg/m³";
            case TRUCK_BAN -> "banned trucks";
            case MONITORING_GAP -> "minutes without telemetry";
        };
    }
}
