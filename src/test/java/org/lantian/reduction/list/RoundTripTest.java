package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Export writes the import layout: import(export(list)) equals the list. */
class RoundTripTest {

    private static ReductionList roundTrip(ReductionList list) {
        ImportResult result = ReductionListCsv.parse(ReductionListCsv.toCsv(list));
        assertThat(result.errors()).isEmpty();
        return result.reductionList().orElseThrow();
    }

    @Test
    void exampleFile() {
        ReductionList list = ReductionListCsv.parse(CsvFixture.exampleText()).reductionList().orElseThrow();
        assertThat(roundTrip(list)).isEqualTo(list);
        // the example is written exactly as export writes it
        assertThat(ReductionListCsv.toCsv(list)).isEqualTo(CsvFixture.exampleText());
    }

    @Test
    void generatedDemoList() {
        ReductionList list = DemoListGenerator.generate(7L);
        assertThat(roundTrip(list)).isEqualTo(list);
    }

    @Test
    void awkwardTextAndNumbers() {
        Enterprise e = new Enterprise("91141002MA0EX0009X", "Name, with \"quotes\" and\nnewline (synthetic)", "141002",
                Industry.CHEMICAL, Grade.B_MINUS, new BaselineProduction(0.1 + 0.2, "m³/h"),
                new Emissions(1e-7, 12345678.9, 0.3, 100), List.of("line a", "line-b"), true, false, true);
        Measure m1 = new Measure(Level.RED, "line a", "合成, 反应", Action.LIMIT_PERCENT, 33.333, null,
                new Emissions(1e-7, 0.1 + 0.2, 0, 99.99), Indicator.GAS, "text with \"quotes\", commas");
        Measure m2 = new Measure(Level.YELLOW, null, null, Action.NO_ROAD_TRANSPORT, null, null, Emissions.ZERO,
                Indicator.GATE_RECORDS, null);
        Enterprise bare = new Enterprise("91141034MA0EX0010Y", "汾西 (synthetic)", "141034", Industry.OTHER,
                Grade.NON_GRADED, new BaselineProduction(5, "t/d"), Emissions.ZERO, List.of("l1"), false, false, false);
        ReductionList list = new ReductionList(List.of(new EnterprisePlan(e, List.of(m1, m2)), new EnterprisePlan(bare, List.of())));

        assertThat(roundTrip(list)).isEqualTo(list);
        assertThat(list.plans().get(0).measures()).containsExactly(m2, m1); // kept in level order
    }
}
