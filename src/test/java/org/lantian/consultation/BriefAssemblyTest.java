package org.lantian.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lantian.consultation.Brief.EffectiveLevelAt;
import org.lantian.consultation.Brief.RegionBrief;
import org.lantian.compliance.FindingCounts;
import org.lantian.directive.DirectiveView;
import org.lantian.directive.OrderCounts;
import org.lantian.monitoring.RegionAqiQueries.RegionSummary;
import org.lantian.warning.ProposalView;
import org.lantian.warning.Warning;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;

/** The brief put together from the query APIs' answers: per region, the summary, and its JSON field names. */
class BriefAssemblyTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-12-01T06:30:00Z");
    private static final String CITY = "141000";
    private static final String XIANGNING = "141033";

    @Test
    void eachRegionGetsItsOwnAndTheSummaryAddsThemUp() {
        List<DirectiveView> overdue = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            overdue.add(order("D-" + i, XIANGNING));
        }
        overdue.add(order("D-city", CITY));
        overdue.add(order("D-elsewhere", "999999"));
        Brief brief = ConsultationBrief.assemble(LocalDate.of(2026, 12, 1), AS_OF, false, new ConsultationBrief.Sources(
                List.of(new RegionSummary(CITY, "临汾市", "CITY"), new RegionSummary(XIANGNING, "乡宁县", "COUNTY")),
                Map.of(), Map.of(), Map.of(),
                List.of(proposal("P-1", XIANGNING), proposal("P-2", XIANGNING), proposal("P-x", "999999")),
                List.of(warning("W-1", XIANGNING, WarningLevel.RED), warning("W-2", CITY, WarningLevel.ORANGE)),
                Map.of(XIANGNING, new EffectiveLevelAt("RED", AS_OF, "W-1"), CITY, new EffectiveLevelAt("ORANGE", AS_OF, "W-2")),
                Map.of(XIANGNING, counts(3, 1), CITY, counts(1, 1)),
                overdue,
                Map.of(XIANGNING, new FindingCounts(3, 2, 1, 1, 0, 0), "999999", new FindingCounts(5, 5, 0, 0, 0, 0))));

        assertThat(brief.regions()).extracting(RegionBrief::regionCode).containsExactly(CITY, XIANGNING);
        RegionBrief county = brief.regions().get(1);
        assertThat(county.openProposals()).extracting(ProposalView::id).containsExactly("P-1", "P-2");
        assertThat(county.activeWarnings()).extracting(Warning::id).containsExactly("W-1");
        assertThat(county.overdueCount()).isEqualTo(52);
        assertThat(county.overdueOrders()).hasSize(50).first().extracting(DirectiveView::directiveId).isEqualTo("D-0");
        assertThat(county.orders().issuedLast24h()).isEqualTo(3);
        assertThat(county.findings()).isEqualTo(new FindingCounts(3, 2, 1, 1, 0, 0));
        assertThat(brief.regions().get(0).findings()).isEqualTo(FindingCounts.NONE);
        assertThat(brief.regions().get(0).overdueCount()).isEqualTo(1);

        Brief.BriefSummary s = brief.summary();
        assertThat(s.highestEffectiveLevel()).isEqualTo("RED");
        assertThat(s.activeWarnings()).isEqualTo(2);
        assertThat(s.openProposals()).isEqualTo(2);
        assertThat(s.overdueOrders()).isEqualTo(53);
        // 3 + 1 issued, 1 + 1 acknowledged: 2/4
        assertThat(s.orders().issuedLast24h()).isEqualTo(4);
        assertThat(s.orders().ackRate()).isEqualTo(0.5);
        // the unknown region's five findings are left out, like its orders
        assertThat(s.findings()).isEqualTo(new FindingCounts(3, 2, 1, 1, 0, 0));
        // asOf in Asia/Shanghai
        assertThat(brief.asOf()).isEqualTo(OffsetDateTime.parse("2026-12-01T14:30:00+08:00"));
    }

    @Test
    void aRegionWithNothingHasEmptyListsNoneAndZeroOrders() throws Exception {
        Brief brief = ConsultationBrief.assemble(LocalDate.of(2026, 11, 30), AS_OF, true, new ConsultationBrief.Sources(
                List.of(new RegionSummary(CITY, "临汾市", "CITY")), Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(),
                Map.of(), List.of(), Map.of()));
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        JsonNode tree = json.valueToTree(brief);
        assertThat(tree.path("final").asBoolean()).isTrue();
        assertThat(tree.has("wholeDay")).isFalse();
        JsonNode region = tree.path("regions").path(0);
        assertThat(region.path("effectiveLevel").path("level").asText()).isEqualTo("NONE");
        assertThat(region.path("orders").path("issuedLast24h").asLong()).isZero();
        assertThat(region.path("orders").path("ackRate").isNull()).isTrue();
        assertThat(region.path("dailyAqi").isNull()).isTrue();
        assertThat(region.path("aqiLast24h").size()).isZero();
        assertThat(tree.path("summary").path("highestEffectiveLevel").asText()).isEqualTo("NONE");
    }

    private static OrderCounts counts(long issued, long acked) {
        return OrderCounts.of(List.of(new OrderCounts.Group("INDUSTRIAL", "START", issued, acked, 0, 0))).issuedInDay();
    }

    private static ProposalView proposal(String id, String region) {
        return new ProposalView(id, region, "ORANGE", "NONE", "RAISE", "national-2019", null, false, null, "FORECAST", AS_OF, null);
    }

    private static Warning warning(String id, String region, WarningLevel level) {
        return new Warning(id, region, level, "ACTIVE", "national-2019", null, false, null, AS_OF, AS_OF, "duty", "r", null, null, 1,
                null);
    }

    private static DirectiveView order(String id, String region) {
        return new DirectiveView(id, "INDUSTRIAL", "E-" + id, 1, "W-1", region, "RED", "START", true, null, AS_OF, AS_OF, AS_OF,
                null, null, null, null, null, null);
    }
}
