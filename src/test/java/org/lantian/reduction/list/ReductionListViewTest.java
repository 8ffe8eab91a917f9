package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JSON-friendly view uses the directive contract's field names and action / indicator names. */
class ReductionListViewTest {

    @Test
    void viewOfTheExample() {
        ReductionList list = ReductionListCsv.parse(CsvFixture.exampleText()).reductionList().orElseThrow();
        ReductionListView view = ReductionListView.of(list);

        assertThat(view.enterpriseCount()).isEqualTo(5);
        ReductionListView.EnterpriseView cement = view.enterprises().get(1);
        assertThat(cement.enterpriseId()).isEqualTo("91141002MA0EX00022");
        assertThat(cement.regionCode()).isEqualTo("141002");
        assertThat(cement.industry()).isEqualTo("cement");
        assertThat(cement.grade()).isEqualTo("C");
        assertThat(cement.measures()).containsOnlyKeys(Level.YELLOW, Level.ORANGE, Level.RED);
        ReductionListView.MeasureView limit = cement.measures().get(Level.YELLOW).get(0);
        assertThat(limit.action()).isEqualTo("LIMIT");
        assertThat(limit.limitPercent()).isEqualTo(50.0);
        assertThat(limit.indicator()).isEqualTo("STACK");
        assertThat(limit.expectedCut()).isEqualTo(new ReductionListView.EmissionsView(60, 423, 69, 4.95));
        assertThat(cement.measures().get(Level.YELLOW).get(1).action()).isEqualTo("NO_CHINA_IV_OR_OLDER_TRUCKS");
        assertThat(cement.measures().get(Level.YELLOW).get(1).indicator()).isEqualTo("GATE");
        assertThat(cement.expectedCut().get(Level.YELLOW)).isEqualTo(new ReductionListView.EmissionsView(60, 444.6, 70.8, 4.99));

        ReductionListView.EnterpriseView heating = view.enterprises().get(4);
        assertThat(heating.basicNeeds()).isTrue();
        assertThat(heating.measures().values()).allSatisfy(ms -> assertThat(ms).isEmpty());
    }
}
