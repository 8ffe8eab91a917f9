package org.lantian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.lantian.platform.http.ApiError;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The scope table's reading, and the grant of one request's scope from it, without the application. */
class ScopeTableTest {

    private static final String HEADER = """
            | endpoint | kind | no sign-in | duty-officer | county-officer | enterprise | consultation | admin |
            |---|---|---|---|---|---|---|---|
            """;

    private static ScopeTable table(String rows) {
        return ScopeTable.parse("# title\n\nsome text\n\n" + HEADER + rows + "\nafter the table\n");
    }

    @Test
    void aRowIsReadCellByCell() {
        ScopeTable.Rule rule = table("| `GET /api/directives` | read | — | all | own county | own | all | — |").rules().get(0);
        assertThat(rule.method()).isEqualTo("GET");
        assertThat(rule.path()).isEqualTo("/api/directives");
        assertThat(rule.act()).isFalse();
        assertThat(rule.anonymous()).isEqualTo(Reach.NONE);
        assertThat(rule.roles()).containsEntry(Roles.DUTY_OFFICER, Reach.ALL).containsEntry(Roles.COUNTY_OFFICER, Reach.OWN_COUNTY)
                .containsEntry(Roles.ENTERPRISE, Reach.OWN_ENTERPRISE).containsEntry(Roles.ADMIN, Reach.NONE);
    }

    @Test
    void anUnknownCellStopsTheReading() {
        assertThatThrownBy(() -> table("| `GET /api/x` | read | — | all | county | own | all | all |"))
                .hasMessageContaining("unknown scope cell 'county'");
    }

    @Test
    void anEndpointNamedTwiceStopsTheReading() {
        assertThatThrownBy(() -> table("""
                | `GET /api/x` | read | — | all | all | all | all | all |
                | `GET /api/x` | read | — | all | all | — | all | all |"""))
                .hasMessageContaining("GET /api/x twice");
    }

    @Test
    void withoutSignInThereIsNoTenantToConfineTo() {
        assertThatThrownBy(() -> table("| `GET /api/x` | act | own | all | all | all | all | all |"))
                .hasMessageContaining("without sign-in");
    }

    @Test
    void aRowWithAMissingCellStopsTheReading() {
        assertThatThrownBy(() -> table("| `GET /api/x` | read | — | all | all | all | all |"))
                .hasMessageContaining("has 7 cells, not 8");
    }

    @Test
    void severalRolesReachAsFarAsTheWidestOfThem() {
        ScopeTable.Rule rule = table("| `GET /api/x` | read | — | all | own county | own | — | — |").rules().get(0);
        assertThat(rule.reachOf(List.of(Roles.ENTERPRISE, Roles.COUNTY_OFFICER))).isEqualTo(Reach.OWN_COUNTY);
        assertThat(rule.reachOf(List.of(Roles.ENTERPRISE, "offline_access"))).isEqualTo(Reach.OWN_ENTERPRISE);
        assertThat(rule.reachOf(List.of("offline_access"))).isEqualTo(Reach.NONE);
    }

    @Test
    void aCountyOfficerWithoutACountyIsRefusedNeverWidened() {
        ScopeFilter filter = filter();
        ScopeTable.Rule rule = table("| `GET /api/x` | read | — | all | own county | own | all | all |").rules().get(0);
        Response refused = filter.grant(QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone")
                .addRole(Roles.COUNTY_OFFICER).build(), rule, "GET /api/x");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(((ApiError) refused.getEntity()).error()).contains("without a county attribute");
    }

    @Test
    void anEnterpriseWithoutAnEnterpriseIdIsRefusedNeverWidened() {
        ScopeFilter filter = filter();
        ScopeTable.Rule rule = table("| `GET /api/x` | read | — | all | own county | own | all | all |").rules().get(0);
        Response refused = filter.grant(QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone")
                .addRole(Roles.ENTERPRISE).addAttribute(Roles.ENTERPRISE_ATTRIBUTE, " ").build(), rule, "GET /api/x");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(((ApiError) refused.getEntity()).error()).contains("without an enterprise attribute");
    }

    @Test
    void aCountyOfficerWithACountyIsConfinedToIt() {
        ScopeFilter filter = filter();
        ScopeTable.Rule rule = table("| `GET /api/x` | read | — | all | own county | own | all | all |").rules().get(0);
        Response refused = filter.grant(QuarkusSecurityIdentity.builder().setPrincipal(() -> "county-141024")
                .addRole(Roles.COUNTY_OFFICER).addAttribute(Roles.COUNTY_ATTRIBUTE, "141024").build(), rule, "GET /api/x");
        assertThat(refused).isNull();
        Scope scope = filter.current.get();
        assertThat(scope.confinedCounty()).isEqualTo("141024");
        assertThat(scope.admits(new Target("directive", "D1", "141034", "E1"))).isFalse();
        assertThat(scope.admits(new Target("directive", "D2", "141024", "E2"))).isTrue();
    }

    private static ScopeFilter filter() {
        ScopeFilter filter = new ScopeFilter();
        filter.current = new CurrentScope();
        return filter;
    }
}
