package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo file (src/main/resources/reduction/linfen-demo-list.csv) is the generator's output, imports with
 * zero errors, and at the level of all 17 counties meets the 10/20/30 % requirement for every pollutant.
 */
class DemoListFileTest {

    private static ReductionList shipped() throws Exception {
        try (InputStream in = DemoListFileTest.class.getResourceAsStream(DemoListGenerator.RESOURCE)) {
            assertThat(in).as("demo resource").isNotNull();
            ImportResult result = ReductionListCsv.read(in);
            assertThat(result.errors()).isEmpty();
            return result.reductionList().orElseThrow();
        }
    }

    @Test
    void importsWithZeroErrorsAndEqualsTheGenerator() throws Exception {
        ReductionList list = shipped();
        assertThat(list.size()).isGreaterThanOrEqualTo(300);
        assertThat(list).isEqualTo(DemoListGenerator.generate());
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void meetsTheRequiredCutsForAllSeventeenCounties(Level level) throws Exception {
        Adequacy.Report report = Adequacy.check(shipped(), LinfenCounties.codes(), level, Optional.empty());

        assertThat(report.enterprises()).isEqualTo(shipped().size());
        assertThat(report.pollutants()).allSatisfy(p -> {
            assertThat(p.meets()).as(p.pollutant() + " at " + level + ": " + p.percent() + " %").isTrue();
            assertThat(p.percent()).isGreaterThanOrEqualTo(level.requiredPercent());
        });
        assertThat(report.meets()).isTrue();
        assertThat(Adequacy.check(shipped(), Set.of(LinfenCounties.CITY_CODE), level, Optional.empty())).isEqualTo(report);
    }
}
