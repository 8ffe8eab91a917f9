package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The demo generator is deterministic, covers every county, industry and grade, and follows the typical measures. */
class DemoGeneratorTest {

    private static final ReductionList DEMO = DemoListGenerator.generate();

    @Test
    void sameSeedSameList() {
        assertThat(DemoListGenerator.generate(DemoListGenerator.DEFAULT_SEED)).isEqualTo(DEMO);
        assertThat(ReductionListCsv.toCsv(DemoListGenerator.generate(42L))).isEqualTo(ReductionListCsv.toCsv(DemoListGenerator.generate(42L)));
        assertThat(DemoListGenerator.generate(43L)).isNotEqualTo(DemoListGenerator.generate(42L));
    }

    @ParameterizedTest
    @ValueSource(longs = {DemoListGenerator.DEFAULT_SEED, 1L, 2L, 99L})
    void coversEveryCountyIndustryAndGrade(long seed) {
        List<Enterprise> all = DemoListGenerator.generate(seed).enterprises();
        assertThat(all.size()).isGreaterThanOrEqualTo(300);
        assertThat(all.stream().map(Enterprise::countyCode).collect(Collectors.toSet())).isEqualTo(LinfenCounties.codes());
        assertThat(all.stream().map(Enterprise::industry).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Industry.class));
        assertThat(all.stream().map(Enterprise::grade).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Grade.class));
    }

    @Test
    void moreEnterprisesInThePlains() {
        Map<String, Long> perCounty = DEMO.enterprises().stream()
                .collect(Collectors.groupingBy(Enterprise::countyCode, Collectors.counting()));
        long fewestInPlains = LinfenCounties.all().stream().filter(c -> c.group() == LinfenCounties.Group.PLAINS)
                .mapToLong(c -> perCounty.get(c.code())).min().orElseThrow();
        long mostInMountains = LinfenCounties.all().stream().filter(c -> c.group() == LinfenCounties.Group.MOUNTAIN)
                .mapToLong(c -> perCounty.get(c.code())).max().orElseThrow();
        assertThat(fewestInPlains).isGreaterThan(mostInMountains);
    }

    @Test
    void syntheticEnterprisesWithValidUniqueCreditCodes() {
        Set<String> codes = DEMO.enterprises().stream().map(Enterprise::creditCode).collect(Collectors.toSet());
        assertThat(codes).hasSize(DEMO.size());
        assertThat(DEMO.enterprises()).allSatisfy(e -> {
            assertThat(CreditCodes.isWellFormed(e.creditCode())).isTrue();
            assertThat(CreditCodes.hasValidCheckCharacter(e.creditCode())).isTrue();
            assertThat(CreditCodes.regionPart(e.creditCode())).isEqualTo(e.countyCode());
            assertThat(e.synthetic()).isTrue();
            assertThat(e.name()).endsWith("(synthetic)").contains("演示");
            assertThat(e.productionLines()).hasSizeBetween(1, 3);
        });
    }

    @Test
    void staggeredForBToDInTheStaggeringIndustries() {
        Set<Industry> industries = EnumSet.of(Industry.STEEL, Industry.COKING, Industry.CEMENT, Industry.BRICK, Industry.CASTING);
        Set<Grade> grades = EnumSet.of(Grade.B, Grade.B_MINUS, Grade.C, Grade.D);
        assertThat(DEMO.enterprises()).allSatisfy(e ->
                assertThat(e.staggered()).isEqualTo(industries.contains(e.industry()) && grades.contains(e.grade())));
    }

    @Test
    void measuresFollowTheGrade() {
        for (EnterprisePlan p : DEMO.plans()) {
            Enterprise e = p.enterprise();
            for (Level level : Level.values()) {
                List<Measure> ms = p.measures(level);
                assertThat(ms).as(e.creditCode() + " " + level).isNotEmpty();
                if (e.grade() == Grade.A || e.grade() == Grade.LEADING) {
                    assertThat(ms).extracting(Measure::action).containsOnly(Action.VOLUNTARY);
                    continue;
                }
                Map<String, Double> lineCut = lineCutPercent(ms);
                int expected = switch (e.grade()) {
                    case B -> level == Level.YELLOW ? 0 : level == Level.ORANGE ? 20 : 100;
                    case B_MINUS -> level == Level.YELLOW ? 20 : level == Level.ORANGE ? 50 : 100;
                    case C, NON_GRADED -> level == Level.YELLOW ? 50 : 100;
                    default -> 100;
                };
                for (String line : e.productionLines()) {
                    double got = lineCut.getOrDefault(line, 0.0);
                    if (e.basicNeeds()) {
                        assertThat(got).as("以热定产 " + e.creditCode()).isLessThanOrEqualTo(expected).isLessThanOrEqualTo(40);
                    } else {
                        assertThat(got).as(e.creditCode() + " " + level + " " + line).isEqualTo(expected);
                    }
                }
                Set<Action> actions = ms.stream().map(Measure::action).collect(Collectors.toSet());
                if (e.grade() == Grade.D && !e.basicNeeds()) {
                    assertThat(actions).contains(Action.NO_ROAD_TRANSPORT).doesNotContain(Action.NO_CHINA_IV_TRUCKS);
                } else {
                    assertThat(actions).contains(Action.NO_CHINA_IV_TRUCKS);
                }
            }
        }
        assertThat(DEMO.enterprises()).filteredOn(Enterprise::basicNeeds).isNotEmpty();
    }

    /** Per line, the production cut its measure orders (STOP 100, LIMIT 100 − N, coking h/(24+h)). */
    private static Map<String, Double> lineCutPercent(List<Measure> ms) {
        return ms.stream().filter(m -> m.line() != null).collect(Collectors.toMap(Measure::line, m -> switch (m.action()) {
            case STOP -> 100.0;
            case LIMIT_PERCENT -> m.cutPercent();
            case EXTEND_COKING_TIME -> 100.0 * m.hours() / (24 + m.hours());
            default -> throw new AssertionError(m);
        }));
    }

    @Test
    void expectedCutsMatchTheAction() {
        for (EnterprisePlan p : DEMO.plans()) {
            if (p.enterprise().grade() == Grade.A || p.enterprise().grade() == Grade.LEADING || p.enterprise().basicNeeds()) {
                continue;
            }
            Map<String, Measure> stops = p.measures(Level.RED).stream().filter(m -> m.action() == Action.STOP)
                    .collect(Collectors.toMap(Measure::line, Function.identity()));
            assertThat(stops.keySet()).isEqualTo(Set.copyOf(p.enterprise().productionLines()));
            Emissions stopAll = stops.values().stream().map(Measure::expectedCut).reduce(Emissions.ZERO, Emissions::plus);
            Emissions total = p.enterprise().annualEmissions();
            boolean yard = p.enterprise().industry() != Industry.CHEMICAL && p.enterprise().industry() != Industry.OTHER;
            // stopping every line removes the process part: all but transport (NOx 6 %, PM 3 %, VOCs 1 %) and yard PM (5 %)
            assertThat(stopAll.so2()).isCloseTo(total.so2(), within(0.002));
            assertThat(stopAll.nox()).isCloseTo(total.nox() * 0.94, within(0.002));
            assertThat(stopAll.pm()).isCloseTo(total.pm() * (yard ? 0.92 : 0.97), within(0.002));
            assertThat(stopAll.vocs()).isCloseTo(total.vocs() * 0.99, within(0.002));
            for (Level level : Level.values()) {
                for (Measure m : p.measures(level)) {
                    if (m.line() == null || m.action() == Action.STOP) {
                        continue;
                    }
                    double share = m.action() == Action.LIMIT_PERCENT ? m.cutPercent() / 100 : m.hours() / (24 + m.hours());
                    for (Pollutant pol : Pollutant.values()) {
                        assertThat(m.expectedCut().get(pol)).as(m.toString())
                                .isCloseTo(share * stops.get(m.line()).expectedCut().get(pol), within(0.001));
                    }
                }
                Emissions sum = p.expectedCut(level);
                for (Pollutant pol : Pollutant.values()) {
                    assertThat(sum.get(pol)).isLessThanOrEqualTo(total.get(pol) + 1e-9);
                }
            }
        }
    }
}
