package org.lantian.platform.security;

/**
 * What one request may reach, worked out once from the scope table by {@link ScopeFilter}: everything,
 * one county, or one enterprise. Immutable, so it can travel into asynchronous work. Every tenant check
 * goes through {@link #require} or {@link #region}, which refuse with {@link AccessRefused}.
 */
public record Scope(String actor, Reach reach, String county, String enterpriseId, String endpoint) {

    public boolean all() {
        return reach == Reach.ALL;
    }

    public boolean county(String regionCode) {
        return reach == Reach.OWN_COUNTY && county.equals(regionCode);
    }

    /** The county a county-wide answer is confined to, or null. */
    public String confinedCounty() {
        return reach == Reach.OWN_COUNTY ? county : null;
    }

    /** The enterprise an answer is confined to, or null. */
    public String confinedEnterprise() {
        return reach == Reach.OWN_ENTERPRISE ? enterpriseId : null;
    }

    public boolean admits(Target target) {
        return switch (reach) {
            case ALL -> true;
            case OWN_COUNTY -> county.equals(target.regionCode());
            case OWN_ENTERPRISE -> target.enterpriseId() != null && enterpriseId.equals(target.enterpriseId());
            case NONE -> false;
        };
    }

    /** Refuses (and so logs ACCESS_DENIED) unless the target is within reach. */
    public void require(Target target) {
        if (!admits(target)) {
            throw refusal(target);
        }
    }

    /**
     * A region filter of a query: within one county it defaults to that county, and asking for another
     * is refused, not silently answered empty.
     */
    public String region(String requested) {
        if (reach != Reach.OWN_COUNTY || requested == null || requested.isBlank()) {
            return reach == Reach.OWN_COUNTY ? county : requested;
        }
        require(Target.region(requested));
        return requested;
    }

    public AccessRefused refusal(Target target) {
        return new AccessRefused(this, target);
    }
}
