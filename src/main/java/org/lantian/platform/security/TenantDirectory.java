package org.lantian.platform.security;

/**
 * What sign-in asks of the capabilities that know the tenants: whether a code is a county of the city
 * (monitoring's regions) and whether an id is an enterprise on the list (reduction's registry). An interface
 * here, implemented there, so the platform imports no capability.
 */
public interface TenantDirectory {

    interface Counties {
        /** One of the city's counties (not the city itself). */
        boolean isCounty(String code);
    }

    interface Enterprises {
        boolean isEnterprise(String id);
    }
}
