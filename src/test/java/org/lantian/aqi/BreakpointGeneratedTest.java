package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every breakpoint of every column of both versions: exactly at it, the breakpoint's IAQI; 0.1 and
 * 1 unit above and below, the rounded-up interpolation (hand-checked samples are in
 * {@link HandCheckedIaqiTest}; this covers the whole table).
 */
class BreakpointGeneratedTest {

    private static final BigDecimal[] STEPS = {new BigDecimal("0.1"), BigDecimal.ONE};

    record Point(AqiStandard standard, Column column, int index) {
        BreakpointColumn table() {
            return standard.column(column);
        }

        BigDecimal concentration() {
            return table().breakpoints().get(index);
        }

        int iaqi() {
            return table().iaqiValues().get(index);
        }

        boolean isTop() {
            return index == table().breakpoints().size() - 1;
        }

        @Override
        public String toString() {
            return standard.id() + " " + column.header() + " " + concentration() + " (IAQI " + iaqi() + ")";
        }
    }

    static Stream<Point> breakpoints() {
        return TestSupport.STANDARDS.all().stream()
                .flatMap(standard -> Stream.of(Column.values())
                        .flatMap(column -> Stream.iterate(0, i -> i + 1)
                                .limit(standard.column(column).breakpoints().size())
                                .map(i -> new Point(standard, column, i))));
    }

    static Stream<Arguments> breakpointsAndSteps() {
        return breakpoints().flatMap(p -> Stream.of(STEPS).map(step -> Arguments.of(p, step)));
    }

    static Stream<Arguments> positiveBreakpointsAndSteps() {
        return breakpointsAndSteps().filter(a -> ((Point) a.get()[0]).index() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakpoints")
    void atTheBreakpointGivesItsIaqi(Point p) {
        assertThat(p.table().iaqi(p.concentration().doubleValue())).isEqualTo(p.iaqi());
        assertThat(p.table().iaqi(p.concentration())).isEqualTo(p.iaqi());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("breakpointsAndSteps")
    void justAboveRoundsUpInTheUpperSegment(Point p, BigDecimal step) {
        double above = p.concentration().add(step).doubleValue();
        int actual = p.table().iaqi(above);
        if (p.isTop()) {
            assertThat(actual).isEqualTo(BreakpointColumn.BEYOND);
            return;
        }
        assertThat(actual)
                .isEqualTo(expected(p.table(), p.index(), p.concentration().add(step)))
                .isGreaterThan(p.iaqi());
    }

    @ParameterizedTest(name = "{0} - {1}")
    @MethodSource("positiveBreakpointsAndSteps")
    void justBelowRoundsUpInTheLowerSegment(Point p, BigDecimal step) {
        double below = p.concentration().subtract(step).doubleValue();
        assertThat(p.table().iaqi(below))
                .isEqualTo(expected(p.table(), p.index() - 1, p.concentration().subtract(step)))
                .isLessThanOrEqualTo(p.iaqi());
    }

    /**
     * Ceiling of the interpolation in segment [lo, lo + 1], in tenths, with plain long arithmetic
     * (independent of the production code's thousandths and BigDecimal).
     */
    private static int expected(BreakpointColumn table, int lo, BigDecimal c) {
        List<BigDecimal> bp = table.breakpoints();
        List<Integer> iaqi = table.iaqiValues();
        long cTenths = c.movePointRight(1).longValueExact();
        long loTenths = bp.get(lo).movePointRight(1).longValueExact();
        long hiTenths = bp.get(lo + 1).movePointRight(1).longValueExact();
        long rise = (long) (iaqi.get(lo + 1) - iaqi.get(lo)) * (cTenths - loTenths);
        long run = hiTenths - loTenths;
        assertThat(cTenths).isBetween(loTenths, hiTenths);
        return iaqi.get(lo) + (int) ((rise + run - 1) / run);
    }
}
