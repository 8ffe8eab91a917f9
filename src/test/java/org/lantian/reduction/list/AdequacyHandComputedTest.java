package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The 10/20/30 % check on four enterprises, computed by hand.
 *
 * <pre>
 * enterprise              county  annual t/yr (SO2, NOx, PM, VOCs)  YELLOW cut             ORANGE cut
 * E1 steel B              141002  100, 200,  50,  10                trucks 0, 8, 1, 0      sinter −20 % 20, 40, 10, 2 + trucks 0, 8, 1, 0
 * E2 cement C             141002   40, 300,  30,   4                kiln −50 % 20,150,15,2 kiln stop 38, 280, 27, 3.8
 * E3 chemical, basicNeeds 141024   60, 100,  20,  86                demand 4, 6, 1, 2      demand 4, 6, 1, 2
 * E4 brick D              141027  500, 500, 500, 500                stop 500 each          stop 500 each
 *
 * Area {141002, 141024} (E4 is outside; E3 is basic-needs and still counts):
 *   totals   SO2 100+40+60 = 200   NOx 200+300+100 = 600   PM 50+30+20 = 100   VOCs 10+4+86 = 100
 * YELLOW (10 %):
 *   cuts     SO2 0+20+4 = 24       NOx 8+150+6 = 164       PM 1+15+1 = 17      VOCs 0+2+2 = 4
 *   percent  24/200 = 12 %         164/600 = 27.333… %     17/100 = 17 %       4/100 = 4 %
 *   required 20 t → meets          60 t → meets            10 t → meets        10 t → short by 10 − 4 = 6 t
 * ORANGE (20 %):
 *   cuts     SO2 20+38+4 = 62      NOx 48+280+6 = 334      PM 11+27+1 = 39     VOCs 2+3.8+2 = 7.8
 *   percent  31 %                  55.667 %                39 %                7.8 % → short by 20 − 7.8 = 12.2 t
 * YELLOW with inventory totals {SO2: 400, NOx: 800} (PM and VOCs fall back to the list: 100, 100):
 *   SO2 24/400 = 6 % → short by 40 − 24 = 16 t;  NOx 164/800 = 20.5 % → meets
 * YELLOW for the city (141000, all four): SO2 (200+500) total, (24+500) cut = 524/700 = 74.857… %
 * </pre>
 */
class AdequacyHandComputedTest {

    private static final double EPS = 1e-9;

    private static Enterprise enterprise(String code, String county, Industry industry, Grade grade, Emissions e,
                                         String line, boolean basicNeeds) {
        return new Enterprise(code, code + " (synthetic)", county, industry, grade, new BaselineProduction(100, "t/d"), e,
                List.of(line), basicNeeds, false, true);
    }

    private static Measure m(Level level, String line, Action action, Double limit, Emissions cut, Indicator indicator) {
        return new Measure(level, line, null, action, limit, null, cut, indicator, null);
    }

    static ReductionList list() {
        EnterprisePlan e1 = new EnterprisePlan(
                enterprise("91141002MA0HC00010", "141002", Industry.STEEL, Grade.B, new Emissions(100, 200, 50, 10), "sinter-1", false),
                List.of(m(Level.YELLOW, null, Action.NO_CHINA_IV_TRUCKS, null, new Emissions(0, 8, 1, 0), Indicator.GATE_RECORDS),
                        m(Level.ORANGE, "sinter-1", Action.LIMIT_PERCENT, 80.0, new Emissions(20, 40, 10, 2), Indicator.ELECTRICITY),
                        m(Level.ORANGE, null, Action.NO_CHINA_IV_TRUCKS, null, new Emissions(0, 8, 1, 0), Indicator.GATE_RECORDS)));
        EnterprisePlan e2 = new EnterprisePlan(
                enterprise("91141002MA0HC00020", "141002", Industry.CEMENT, Grade.C, new Emissions(40, 300, 30, 4), "kiln-1", false),
                List.of(m(Level.YELLOW, "kiln-1", Action.LIMIT_PERCENT, 50.0, new Emissions(20, 150, 15, 2), Indicator.STACK_MONITORING),
                        m(Level.ORANGE, "kiln-1", Action.STOP, null, new Emissions(38, 280, 27, 3.8), Indicator.STACK_MONITORING)));
        EnterprisePlan e3 = new EnterprisePlan(
                enterprise("91141024MA0HC00030", "141024", Industry.CHEMICAL, Grade.NON_GRADED, new Emissions(60, 100, 20, 86), "boiler-1", true),
                List.of(m(Level.YELLOW, "boiler-1", Action.LIMIT_PERCENT, 90.0, new Emissions(4, 6, 1, 2), Indicator.OUTPUT),
                        m(Level.ORANGE, "boiler-1", Action.LIMIT_PERCENT, 90.0, new Emissions(4, 6, 1, 2), Indicator.OUTPUT)));
        EnterprisePlan e4 = new EnterprisePlan(
                enterprise("91141027MA0HC00040", "141027", Industry.BRICK, Grade.D, new Emissions(500, 500, 500, 500), "kiln-1", false),
                List.of(m(Level.YELLOW, "kiln-1", Action.STOP, null, new Emissions(500, 500, 500, 500), Indicator.ELECTRICITY),
                        m(Level.ORANGE, "kiln-1", Action.STOP, null, new Emissions(500, 500, 500, 500), Indicator.ELECTRICITY)));
        return new ReductionList(List.of(e1, e2, e3, e4));
    }

    private static final Set<String> AREA = Set.of("141002", "141024");

    @Test
    void yellow() {
        Adequacy.Report r = Adequacy.check(list(), AREA, Level.YELLOW, Optional.empty());

        assertThat(r.enterprises()).isEqualTo(3);
        assertThat(r.requiredPercent()).isEqualTo(10);
        assertThat(r.meets()).isFalse();
        check(r.pollutant(Pollutant.SO2), 200, 24, 12, 20, true, 0);
        check(r.pollutant(Pollutant.NOX), 600, 164, 164.0 / 6, 60, true, 0);
        check(r.pollutant(Pollutant.PM), 100, 17, 17, 10, true, 0);
        check(r.pollutant(Pollutant.VOCS), 100, 4, 4, 10, false, 6);
        assertThat(r.pollutants()).allSatisfy(p -> assertThat(p.totalSource()).isEqualTo(Adequacy.TotalSource.LIST_BASELINES));
    }

    @Test
    void orange() {
        Adequacy.Report r = Adequacy.check(list(), AREA, Level.ORANGE, Optional.empty());

        assertThat(r.requiredPercent()).isEqualTo(20);
        check(r.pollutant(Pollutant.SO2), 200, 62, 31, 40, true, 0);
        check(r.pollutant(Pollutant.NOX), 600, 334, 334.0 / 6, 120, true, 0);
        check(r.pollutant(Pollutant.PM), 100, 39, 39, 20, true, 0);
        check(r.pollutant(Pollutant.VOCS), 100, 7.8, 7.8, 20, false, 12.2);
    }

    @Test
    void inventoryTotalsReplaceTheListBaselinesPerPollutant() {
        Adequacy.Report r = Adequacy.check(list(), AREA, Level.YELLOW,
                Optional.of(Map.of(Pollutant.SO2, 400.0, Pollutant.NOX, 800.0)));

        check(r.pollutant(Pollutant.SO2), 400, 24, 6, 40, false, 16);
        check(r.pollutant(Pollutant.NOX), 800, 164, 20.5, 80, true, 0);
        check(r.pollutant(Pollutant.PM), 100, 17, 17, 10, true, 0);
        assertThat(r.pollutant(Pollutant.SO2).totalSource()).isEqualTo(Adequacy.TotalSource.INVENTORY);
        assertThat(r.pollutant(Pollutant.PM).totalSource()).isEqualTo(Adequacy.TotalSource.LIST_BASELINES);
    }

    @Test
    void cityCodeCoversAllCounties() {
        Adequacy.Report r = Adequacy.check(list(), Set.of(LinfenCounties.CITY_CODE), Level.YELLOW, Optional.empty());

        assertThat(r.enterprises()).isEqualTo(4);
        assertThat(r.counties()).hasSize(17);
        check(r.pollutant(Pollutant.SO2), 700, 524, 524.0 / 7, 70, true, 0);
    }

    @Test
    void rejectsUnknownRegionsAndBadInventory() {
        assertThatThrownBy(() -> Adequacy.check(list(), Set.of("140100"), Level.RED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("140100");
        assertThatThrownBy(() -> Adequacy.check(list(), Set.of(), Level.RED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Adequacy.check(list(), AREA, Level.RED, Optional.of(Map.of(Pollutant.PM, -1.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAreaMeetsTrivially() {
        Adequacy.Report r = Adequacy.check(list(), Set.of("141034"), Level.RED, Optional.empty());
        assertThat(r.enterprises()).isZero();
        assertThat(r.meets()).isTrue();
        check(r.pollutant(Pollutant.SO2), 0, 0, 0, 0, true, 0);
    }

    private static void check(Adequacy.PollutantAdequacy a, double total, double cut, double percent, double required,
                              boolean meets, double shortfall) {
        assertThat(a.total()).as(a.pollutant() + " total").isCloseTo(total, within(EPS));
        assertThat(a.expectedCut()).as(a.pollutant() + " cut").isCloseTo(cut, within(EPS));
        assertThat(a.percent()).as(a.pollutant() + " percent").isCloseTo(percent, within(EPS));
        assertThat(a.required()).as(a.pollutant() + " required").isCloseTo(required, within(EPS));
        assertThat(a.meets()).as(a.pollutant() + " meets").isEqualTo(meets);
        assertThat(a.shortfall()).as(a.pollutant() + " shortfall").isCloseTo(shortfall, within(EPS));
    }
}
