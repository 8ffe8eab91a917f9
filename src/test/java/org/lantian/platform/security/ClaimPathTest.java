package org.lantian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading a configured claim path out of a token's claims, as providers shape them. */
class ClaimPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keycloakRealmRolesAreANestedArray() throws Exception {
        JsonNode claims = JSON.readTree("""
                {"realm_access": {"roles": ["duty-officer", "offline_access"]}, "groups": ["admin"]}""");
        assertThat(ClaimPath.of("s", "realm_access/roles").values(claims)).containsExactly("duty-officer", "offline_access");
        assertThat(ClaimPath.of("s", "groups").values(claims)).containsExactly("admin");
    }

    @Test
    void aStringClaimIsSplitAtSpacesAndCommas() throws Exception {
        JsonNode claims = JSON.readTree("""
                {"roles": "duty-officer consultation,admin", "county": "141024"}""");
        assertThat(ClaimPath.of("s", "roles").values(claims)).containsExactly("duty-officer", "consultation", "admin");
        assertThat(ClaimPath.of("s", "county").values(claims)).containsExactly("141024");
    }

    @Test
    void anAbsentOrMisshapenClaimHasNoValue() throws Exception {
        JsonNode claims = JSON.readTree("""
                {"realm_access": "duty-officer", "county": 141024, "enterprise_id": null, "groups": [1, {"a": "b"}]}""");
        assertThat(ClaimPath.of("s", "realm_access/roles").values(claims)).isEmpty();
        assertThat(ClaimPath.of("s", "county").values(claims)).as("a number is no county code").isEmpty();
        assertThat(ClaimPath.of("s", "enterprise_id").values(claims)).isEmpty();
        assertThat(ClaimPath.of("s", "groups").values(claims)).isEmpty();
        assertThat(ClaimPath.of("s", "nowhere/at/all").values(claims)).isEmpty();
    }

    @Test
    void aPathNamingNoClaimIsASettingError() {
        assertThatThrownBy(() -> ClaimPath.of("lantian.security.oidc.county-claim", " / ")).hasMessageContaining("lantian.security.oidc.county-claim");
    }
}
