package org.lantian.platform.security;

/**
 * An object a request reads or acts on, with the tenant it belongs to: its region (county) and, when
 * it belongs to one enterprise, that enterprise.
 */
public record Target(String kind, String id, String regionCode, String enterpriseId) {

    /** A region asked for as a whole (a filter, a county's warning). */
    public static Target region(String regionCode) {
        return new Target("region", regionCode, regionCode, null);
    }

    public String describe() {
        return kind + " " + id;
    }
}
