package org.lantian.platform.security;

/** The role names of the contract. */
public final class Roles {

    public static final String DUTY_OFFICER = "duty-officer";
    public static final String COUNTY_OFFICER = "county-officer";
    public static final String ENTERPRISE = "enterprise";
    public static final String CONSULTATION = "consultation";
    public static final String ADMIN = "admin";

    /** Identity attributes naming what a county officer or an enterprise may see. */
    public static final String COUNTY_ATTRIBUTE = "county";
    public static final String ENTERPRISE_ATTRIBUTE = "enterpriseId";

    private Roles() {
    }
}
