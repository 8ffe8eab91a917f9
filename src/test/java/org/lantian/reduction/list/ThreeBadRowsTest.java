package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A file with three different bad rows (the documented example with rows 11, 21 and 31 spoiled) reports exactly those
 * three problems, with spreadsheet row numbers, and imports nothing.
 */
class ThreeBadRowsTest {

    @Test
    void reportsExactlyTheThreeBadRowsAndImportsNothing() throws Exception {
        ImportResult result = ReductionListCsv.read(Path.of("src/test/resources/reduction/three-bad-rows.csv"));

        assertThat(result.ok()).isFalse();
        assertThat(result.reductionList()).isEmpty();
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        assertThat(result.errors()).containsExactly(
                new RowError(11, "limit_percent",
                        "LIMIT_PERCENT needs 0 < limit_percent < 100 (production allowed, % of baseline), was 100"),
                new RowError(21, "cut_pm_t_yr",
                        "expected cut 30 t/yr is larger than the enterprise's annual PM emission 25 t/yr"),
                new RowError(31, "county_code",
                        "unknown county '141099' (expected one of the 17 Linfen county codes: 141002, 141081, 141082, "
                                + "141021, 141022, 141023, 141024, 141025, 141026, 141029, 141027, 141028, 141030, "
                                + "141031, 141032, 141033, 141034)"));
    }

    @Test
    void theSameFileWithoutTheThreeFaultsImports() {
        ImportResult repaired = CsvFixture.example().importIt();
        assertThat(repaired.errors()).isEmpty();
    }
}
