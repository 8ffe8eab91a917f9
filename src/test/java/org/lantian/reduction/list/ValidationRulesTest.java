package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each validation rule, one spoiled cell (or two) of the valid example at a time, reports exactly one error at the
 * spoiled row and column. Example rows: 2–10 coking B (141024), 11–18 cement C (141002), 19–27 brick D (141023),
 * 28–30 steel A (141081), 31 heating enterprise without measures (141027).
 */
class ValidationRulesTest {

    private static Arguments rule(String name, UnaryOperator<CsvFixture> edit, int row, String column, String reasonPart) {
        return Arguments.of(Named.of(name, edit), row, column, reasonPart);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("bad credit code (letter I)", f -> f.set(31, "credit_code", "91141027MA0EX0005I"),
                        31, "credit_code", "bad credit code '91141027MA0EX0005I'"),
                rule("credit code of another county", f -> f.set(31, "credit_code", "91141024MA0EX0005J"),
                        31, "credit_code", "characters 3–8 are '141024', expected the county code 141027"),
                rule("unknown county", f -> f.set(31, "county_code", "14102"), 31, "county_code", "unknown county '14102'"),
                rule("unknown industry", f -> f.set(31, "industry", "mining"), 31, "industry", "unknown industry 'mining'"),
                rule("unknown grade", f -> f.set(31, "grade", "E"), 31, "grade", "unknown grade 'E'"),
                rule("unknown level", f -> f.set(2, "level", "PURPLE"), 2, "level", "unknown level 'PURPLE'"),
                rule("unknown action", f -> f.set(2, "action", "SLOW_DOWN"), 2, "action", "unknown action 'SLOW_DOWN'"),
                rule("unknown indicator", f -> f.set(2, "indicator", "VIDEO"), 2, "indicator", "unknown indicator 'VIDEO'"),
                rule("negative number", f -> f.set(31, "emission_so2_t_yr", "-1"), 31, "emission_so2_t_yr", "negative number: '-1'"),
                rule("non-numeric number", f -> f.set(31, "baseline_amount", "120t"), 31, "baseline_amount", "not a number: '120t'"),
                rule("non-numeric cut", f -> f.set(2, "cut_nox_t_yr", "1,5"), 2, "cut_nox_t_yr", "not a number: '1,5'"),
                rule("not a boolean", f -> f.set(31, "basic_needs", "yes"), 31, "basic_needs", "not a boolean: 'yes'"),
                rule("empty required value", f -> f.set(31, "name", ""), 31, "name", "required value is empty"),
                rule("empty production line name", f -> f.set(31, "production_lines", "boiler-1;;boiler-2"),
                        31, "production_lines", "empty line name"),
                rule("LIMIT_PERCENT without limit", f -> f.set(11, "limit_percent", ""), 11, "limit_percent", "required value is empty"),
                rule("LIMIT_PERCENT of 0", f -> f.set(11, "limit_percent", "0"), 11, "limit_percent",
                        "LIMIT_PERCENT needs 0 < limit_percent < 100"),
                rule("limit on a STOP", f -> f.set(13, "limit_percent", "50"), 13, "limit_percent",
                        "must be empty unless action is LIMIT_PERCENT"),
                rule("EXTEND_COKING_TIME without hours", f -> f.set(3, "hours", ""), 3, "hours", "required value is empty"),
                rule("EXTEND_COKING_TIME of 0 h", f -> f.set(3, "hours", "0"), 3, "hours", "EXTEND_COKING_TIME needs hours > 0"),
                rule("hours on another action", f -> f.set(2, "hours", "3"), 2, "hours",
                        "must be empty unless action is EXTEND_COKING_TIME"),
                rule("EXTEND_COKING_TIME at a cement works", f -> f.set(13, "action", "EXTEND_COKING_TIME").set(13, "hours", "6"),
                        13, "action", "EXTEND_COKING_TIME only applies to coking enterprises"),
                rule("line not on the enterprise", f -> f.set(11, "line", "kiln-9"), 11, "line",
                        "line 'kiln-9' is not one of the enterprise's production_lines [kiln-1]"),
                rule("no indicator", f -> f.set(13, "indicator", ""), 13, "indicator", "required for action STOP"),
                rule("cut larger than the annual emission", f -> f.set(7, "cut_so2_t_yr", "250"), 7, "cut_so2_t_yr",
                        "expected cut 250 t/yr is larger than the enterprise's annual SO2 emission 200 t/yr"),
                rule("cuts at a level adding up to more than the emission", f -> f.set(20, "cut_nox_t_yr", "2"), 21, "cut_nox_t_yr",
                        "the expected NOx cuts at YELLOW (rows 19, 20, 21) add up to 30.2 t/yr, more than the enterprise's annual emission 30 t/yr"),
                rule("name disagreeing between rows", f -> f.set(5, "name", "另一个名字"), 5, "name",
                        "'另一个名字' disagrees with '洪洞示例焦化有限公司 (synthetic)' in row 2"),
                rule("emission disagreeing between rows", f -> f.set(9, "emission_pm_t_yr", "251"), 9, "emission_pm_t_yr",
                        "'251' disagrees with '250' in row 2"),
                rule("duplicate (enterprise, level, line, action)", f -> f.copyRow(12), 32, "action",
                        "duplicate of row 12: same enterprise, level YELLOW, line (whole enterprise) and action NO_CHINA_IV_TRUCKS"),
                rule("empty-level row of an enterprise with measures", f -> f.clearMeasure(12), 12, "level",
                        "empty level is only for an enterprise without measures"),
                rule("two empty-level rows", f -> f.copyRow(31), 32, "level", "duplicate of row 31"),
                rule("measure value without a level", f -> f.set(31, "action", "STOP"), 31, "action",
                        "must be empty when level is empty"),
                rule("missing column", f -> f.removeColumn("process"), 1, "process", "missing column"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRuleAtTheSpoiledCell(UnaryOperator<CsvFixture> edit, int row, String column, String reasonPart) {
        ImportResult result = edit.apply(CsvFixture.example()).importIt();

        assertThat(result.reductionList()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        RowError error = result.errors().get(0);
        assertThat(error.row()).isEqualTo(row);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.reason()).contains(reasonPart);
    }

    @Test
    void rowWithTheWrongNumberOfValues() {
        ImportResult result = ReductionListCsv.parse(CsvFixture.exampleText() + "x,y\n");
        assertThat(result.errors()).containsExactly(new RowError(32, RowError.WHOLE_ROW, "has 2 values, the header has 27"));
    }

    @Test
    void brokenQuotingIsReportedAtItsRow() {
        ImportResult result = ReductionListCsv.parse(CsvFixture.exampleText() + "\"unterminated,x\n");
        assertThat(result.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(tuple(32, RowError.WHOLE_FILE));
        assertThat(result.errors().get(0).reason()).startsWith("the file is not valid CSV (check the quotes)");
    }

    @Test
    void unknownHeaderColumn() {
        ImportResult result = CsvFixture.example().set(1, "hours", "hourz").importIt();
        assertThat(result.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(tuple(1, "hourz"), tuple(1, "hours"));
        assertThat(result.errors().get(0).reason()).startsWith("unknown column");
        assertThat(result.errors().get(1).reason()).isEqualTo("missing column");
    }

    @Test
    void notUtf8IsReportedWithItsRow() {
        byte[] text = CsvFixture.exampleText().replace("物料运输", "\u0000").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0) {
                text[i] = (byte) 0xFF; // first occurrence is on row 2
                break;
            }
        }
        ImportResult result = ReductionListCsv.read(text);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).row()).isEqualTo(2);
        assertThat(result.errors().get(0).column()).isEqualTo(RowError.WHOLE_FILE);
        assertThat(result.errors().get(0).reason()).startsWith("not valid UTF-8");
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertThat(ReductionListCsv.parse("").errors()).extracting(RowError::row, RowError::column)
                .containsExactly(tuple(1, RowError.WHOLE_FILE));
        String header = String.join(",", CsvColumn.headers()) + "\n";
        assertThat(ReductionListCsv.parse(header).errors()).extracting(RowError::reason)
                .containsExactly("the file has a header but no data rows");
    }

    @Test
    void blankLinesKeepSpreadsheetRowNumbers() {
        String text = CsvFixture.example().set(3, "hours", "0").text().replaceFirst("\n", "\n\n");
        assertThat(ReductionListCsv.parse(text).errors()).extracting(RowError::row, RowError::column)
                .containsExactly(tuple(4, "hours"));
    }

    @Test
    void everyBadRowIsReported() {
        ImportResult result = CsvFixture.example()
                .set(2, "grade", "Z").set(3, "grade", "Z")
                .set(13, "indicator", "").set(27, "cut_pm_t_yr", "-3").set(31, "industry", "x")
                .importIt();
        assertThat(result.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(2, "grade"), tuple(3, "grade"),
                tuple(13, "indicator"), tuple(27, "cut_pm_t_yr"),
                tuple(31, "industry"));
    }
}
