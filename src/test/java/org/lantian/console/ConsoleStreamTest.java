package org.lantian.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantian.eventlog.EventFeed.Change;
import org.lantian.eventlog.EventType;
import org.lantian.platform.security.Reach;
import org.lantian.platform.security.Scope;

/** Which panel a change reloads, and that nobody hears of changes outside their scope. */
class ConsoleStreamTest {

    private static final Scope CITY = new Scope("duty", Reach.ALL, null, null, "GET /console/stream");
    private static final Scope COUNTY = new Scope("county-141024", Reach.OWN_COUNTY, "141024", null, "GET /console/stream");
    private static final Scope ENTERPRISE = new Scope("E1", Reach.OWN_ENTERPRISE, null, "E1", "GET /console/stream");

    @Test
    void anEnterpriseHearsOfItsOwnOrdersAndNothingElse() {
        assertThat(ConsoleStream.panel(new Change(1, EventType.DIRECTIVE_ISSUED, "141024", "E1"), ENTERPRISE)).isEqualTo("order");
        assertThat(ConsoleStream.panel(new Change(2, EventType.DIRECTIVE_ISSUED, "141024", "E2"), ENTERPRISE)).isNull();
        assertThat(ConsoleStream.panel(new Change(3, EventType.PROPOSED, "141024", null), ENTERPRISE)).isNull();
        assertThat(ConsoleStream.panel(new Change(4, EventType.ISSUED, "141024", null), ENTERPRISE)).isNull();
    }

    @Test
    void aCountyOfficerHearsOfCityWideDecisionsButOnlyItsOwnCountysOrders() {
        assertThat(ConsoleStream.panel(new Change(1, EventType.ISSUED, "141027", null), COUNTY)).isEqualTo("warning");
        assertThat(ConsoleStream.panel(new Change(2, EventType.PROPOSED, "141027", null), COUNTY)).isEqualTo("proposal");
        assertThat(ConsoleStream.panel(new Change(3, EventType.DIRECTIVE_ACKNOWLEDGED, "141024", "E1"), COUNTY)).isEqualTo("order");
        assertThat(ConsoleStream.panel(new Change(4, EventType.DIRECTIVE_ACKNOWLEDGED, "141027", "E2"), COUNTY)).isNull();
    }

    @Test
    void theCityHearsOfEverythingAPanelShowsAndOfNothingElse() {
        assertThat(ConsoleStream.panel(new Change(1, EventType.FORECAST_RECEIVED, "141027", null), CITY)).isEqualTo("region");
        assertThat(ConsoleStream.panel(new Change(2, EventType.DIRECTIVE_OVERDUE, "141027", "E2"), CITY)).isEqualTo("order");
        assertThat(ConsoleStream.panel(new Change(3, EventType.ACCESS_DENIED, null, null), CITY)).isNull();
        assertThat(ConsoleStream.panel(new Change(4, EventType.ANCHOR_PUBLISHED, null, null), CITY)).isNull();
        assertThat(ConsoleStream.panel(new Change(5, EventType.REDUCTION_LIST_IMPORTED, null, null), CITY)).isNull();
    }
}
