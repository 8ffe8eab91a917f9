package org.lantian.compliance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a finding is, worked out from all verdicts of its order, rule and meter (sorted by hour), so that the same
 * verdicts always give the same finding. A violation opens it; the first compliant hour after the last violation
 * closes it (telemetry back in line); a later violation opens it again. Hours that could not be judged for want of a
 * baseline, and nothing else, make a "no baseline" finding. The end of the order closes whatever is open.
 */
public record FindingState(Outcome outcome, Status status, OffsetDateTime firstHour, OffsetDateTime lastViolation,
                           OffsetDateTime closedAt, int violatingHours, List<HourVerdict> window) {

    public enum Outcome { SUSPECTED_VIOLATION, NO_BASELINE }

    public enum Status { OPEN, CLOSED }

    public static Optional<FindingState> of(List<HourVerdict> verdicts, OffsetDateTime orderEnded, int evidenceHours) {
        List<HourVerdict> violations = verdicts.stream().filter(v -> v.verdict() == Verdict.VIOLATION).toList();
        if (violations.isEmpty()) {
            List<HourVerdict> unjudged = verdicts.stream().filter(v -> v.verdict() == Verdict.NO_BASELINE).toList();
            if (unjudged.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FindingState(Outcome.NO_BASELINE, orderEnded == null ? Status.OPEN : Status.CLOSED,
                    unjudged.get(0).hour(), null, orderEnded, 0, latest(unjudged, evidenceHours)));
        }
        HourVerdict last = violations.get(violations.size() - 1);
        Optional<HourVerdict> recovered = verdicts.stream()
                .filter(v -> v.verdict() == Verdict.COMPLIANT && v.hour().isAfter(last.hour())).findFirst();
        OffsetDateTime closed = recovered.map(HourVerdict::hour).orElse(orderEnded);
        OffsetDateTime first = violations.get(0).hour();
        List<HourVerdict> since = verdicts.stream().filter(v -> !v.hour().isBefore(first)).toList();
        return Optional.of(new FindingState(Outcome.SUSPECTED_VIOLATION, closed == null ? Status.OPEN : Status.CLOSED, first,
                last.hour(), closed, violations.size(), latest(since, evidenceHours)));
    }

    private static List<HourVerdict> latest(List<HourVerdict> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }
}
