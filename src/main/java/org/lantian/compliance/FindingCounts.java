package org.lantian.compliance;

/**
 * Findings counted (the brief per region, an episode's timeline): all of them, those open, closed, confirmed or
 * dismissed by an officer, and those that only say an order could not be checked (no baseline).
 */
public record FindingCounts(long total, long open, long closed, long confirmed, long dismissed, long noBaseline) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0, 0, 0, 0);

    public FindingCounts plus(FindingCounts o) {
        return new FindingCounts(total + o.total, open + o.open, closed + o.closed, confirmed + o.confirmed, dismissed + o.dismissed,
                noBaseline + o.noBaseline);
    }
}
