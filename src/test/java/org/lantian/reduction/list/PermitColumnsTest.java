package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The optional permit columns {@code permit_so2_mg_m3}, {@code permit_nox_mg_m3}, {@code permit_pm_mg_m3} and
 * {@code denitration}: read, checked, agreed on all the enterprise's rows, exported only when some enterprise has a
 * permit, and published in {@link PublicReductionList}. Example rows 2–10 are the coking enterprise's.
 */
class PermitColumnsTest {

    static final String COKING = ConfidentialColumnTest.COKING;
    static final String PERMIT_HEADERS = "permit_so2_mg_m3,permit_nox_mg_m3,permit_pm_mg_m3,denitration";

    /** The example file with the four columns added: {@code values} (4 cells) on the coking rows, empty elsewhere. */
    static String permitted(String values) {
        return CsvFixture.exampleText().lines().map(l -> l.startsWith("credit_code,") ? l + "," + PERMIT_HEADERS
                : l.startsWith(COKING + ",") ? l + "," + values : l + ",,,,").collect(Collectors.joining("\n", "", "\n"));
    }

    private static ReductionList imported(String csv) {
        ImportResult result = ReductionListCsv.parse(csv);
        assertThat(result.errors()).isEmpty();
        return result.reductionList().orElseThrow();
    }

    private static Permit cokingPermit(ReductionList list) {
        return list.plan(COKING).orElseThrow().enterprise().permit();
    }

    @Test
    void validValuesAreRead() {
        ReductionList list = imported(permitted("35, 100.0 ,1e1,scr"));
        assertThat(cokingPermit(list)).isEqualTo(new Permit(35.0, 100.0, 10.0, Denitration.SCR));
        assertThat(list.enterprises().stream().filter(e -> !e.creditCode().equals(COKING)))
                .allSatisfy(e -> assertThat(e.permit()).isEqualTo(Permit.NONE));
        assertThat(cokingPermit(imported(permitted("10000,,0.5,SNCR")))).isEqualTo(new Permit(10000.0, null, 0.5, Denitration.SNCR));
        assertThat(cokingPermit(imported(permitted(",,,None")))).isEqualTo(Permit.NONE);
        assertThat(cokingPermit(imported(permitted("50,,,")))).isEqualTo(new Permit(50.0, null, null, Denitration.NONE));
    }

    @Test
    void aFileMayHaveSomeOfTheColumnsInAnyOrder() {
        String text = CsvFixture.exampleText().lines().map(l -> l.startsWith("credit_code,") ? "denitration,permit_nox_mg_m3," + l
                : l.startsWith(COKING + ",") ? "SNCR,150," + l : ",," + l).collect(Collectors.joining("\n", "", "\n"));
        assertThat(cokingPermit(imported(text))).isEqualTo(new Permit(null, 150.0, null, Denitration.SNCR));
    }

    @Test
    void permitsAreWrittenBackAndReadAsTheSame() {
        ReductionList list = imported(permitted("35,100.0,10,sncr"));
        String exported = ReductionListCsv.toCsv(list);
        assertThat(exported.lines().findFirst().orElseThrow()).endsWith(",description," + PERMIT_HEADERS);
        assertThat(exported.lines().filter(l -> l.startsWith(COKING))).hasSize(9).allSatisfy(l -> assertThat(l).endsWith(",35,100,10,SNCR"));
        assertThat(exported.lines().skip(1).filter(l -> !l.startsWith(COKING))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(",,,,"));
        assertThat(imported(exported)).isEqualTo(list);
        assertThat(ReductionListCsv.toCsv(imported(exported))).isEqualTo(exported);
        // the example as export writes it, with permit columns added
        assertThat(exported).isEqualTo(permitted("35,100,10,SNCR"));
    }

    @Test
    void permitsAndConfidentialMarksTogether() {
        String both = ConfidentialColumnTest.marked("name").lines()
                .map(l -> l.startsWith("credit_code,") ? l + "," + PERMIT_HEADERS : l.startsWith(COKING + ",") ? l + ",,200,,SCR" : l + ",,,,")
                .collect(Collectors.joining("\n", "", "\n"));
        ReductionList list = imported(both);
        Enterprise coking = list.plan(COKING).orElseThrow().enterprise();
        assertThat(coking.confidential()).containsExactly("name");
        assertThat(coking.permit()).isEqualTo(new Permit(null, 200.0, null, Denitration.SCR));
        String exported = ReductionListCsv.toCsv(list);
        assertThat(exported).isEqualTo(both);
        assertThat(imported(exported)).isEqualTo(list);
    }

    @Test
    void awkwardPermitNumbersRoundTrip() {
        Enterprise e = new Enterprise("91141034MA0EX0010Y", "汾西 (synthetic)", "141034", Industry.OTHER, Grade.NON_GRADED,
                new BaselineProduction(5, "t/d"), Emissions.ZERO, List.of("l1"), false, false, false, List.of(),
                new Permit(0.1 + 0.2, 1e-7, 9999.999999, Denitration.SNCR));
        ReductionList list = new ReductionList(List.of(new EnterprisePlan(e, List.of())));
        assertThat(imported(ReductionListCsv.toCsv(list))).isEqualTo(list);
    }

    @Test
    void withoutPermitsTheFileIsAsBefore() {
        for (String empty : List.of(",,,", ",,,NONE", ",,,none")) {
            ReductionList list = imported(permitted(empty));
            assertThat(list.enterprises()).allSatisfy(e -> assertThat(e.permit()).isEqualTo(Permit.NONE));
            assertThat(ReductionListCsv.toCsv(list)).isEqualTo(CsvFixture.exampleText());
        }
        ReductionList example = imported(CsvFixture.exampleText());
        assertThat(example.enterprises()).allSatisfy(e -> assertThat(e.permit()).isEqualTo(Permit.NONE));
        assertThat(ReductionListCsv.toCsv(example)).isEqualTo(CsvFixture.exampleText());
    }

    @Test
    void aListWithoutPermitsRoundTripsAsBefore() {
        ReductionList list = DemoListGenerator.generate(7L);
        assertThat(list.enterprises()).allSatisfy(e -> assertThat(e.permit()).isEqualTo(Permit.NONE));
        String csv = ReductionListCsv.toCsv(list);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CsvColumn.headers()));
        assertThat(imported(csv)).isEqualTo(list);
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "permit_so2_mg_m3 | -1     | -1,,,       | permitted concentration out of range: '-1'",
            "permit_nox_mg_m3 | 0      | ,0,,        | permitted concentration out of range: '0'",
            "permit_pm_mg_m3  | 10001  | ,,10001,    | permitted concentration out of range: '10001'",
            "permit_so2_mg_m3 | 35mg   | 35mg,,,     | not a number: '35mg'",
            "permit_nox_mg_m3 | 1e999  | ,1e999,,    | number out of range: '1e999'",
            "denitration      | SCR+   | ,,,SCR+     | unknown denitration 'SCR+'",
            "denitration      | yes    | ,,,yes      | unknown denitration 'yes'"})
    void aBadValueIsReportedAtItsColumnOnEachRow(String column, String value, String values, String reasonPart) {
        List<RowError> errors = ReductionListCsv.parse(permitted(values)).errors();
        assertThat(errors).isNotEmpty().allSatisfy(e -> {
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.reason()).contains(reasonPart);
        });
        assertThat(errors).extracting(RowError::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "permit_so2_mg_m3 | 35,100,10,SCR | 36,100,10,SCR",
            "permit_nox_mg_m3 | 35,100,10,SCR | 35,,10,SCR",
            "permit_pm_mg_m3  | 35,100,10,SCR | 35,100,11,SCR",
            "denitration      | 35,100,10,SCR | 35,100,10,SNCR",
            "denitration      | 35,100,10,    | 35,100,10,SCR"})
    void valuesDifferingBetweenAnEnterprisesRowsAreRefused(String column, String first, String last) {
        String text = permitted(first);
        int at = text.lastIndexOf("," + first + "\n");
        String disagreeing = text.substring(0, at) + "," + last + "\n" + text.substring(at + first.length() + 2);
        assertThat(ReductionListCsv.parse(disagreeing).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.row()).isEqualTo(10);
            assertThat(e.reason()).contains("row 2").contains("disagrees");
        });
    }

    @Test
    void equalValuesWrittenDifferentlyAgree() {
        String text = permitted("35,100,10,SCR");
        int at = text.lastIndexOf(",35,100,10,SCR\n");
        String respelled = text.substring(0, at) + ",35.0,1e2,10.00,scr\n" + text.substring(at + ",35,100,10,SCR\n".length());
        assertThat(cokingPermit(imported(respelled))).isEqualTo(new Permit(35.0, 100.0, 10.0, Denitration.SCR));
    }

    @Test
    void aRepeatedPermitColumnIsRefused() {
        String text = CsvFixture.exampleText().lines().map(l -> l.startsWith("credit_code,") ? l + ",denitration,DENITRATION" : l + ",,")
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(ReductionListCsv.parse(text).errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("denitration");
            assertThat(e.reason()).isEqualTo("duplicate column");
        });
    }

    @Test
    void errorsOfOptionalColumnsSortAfterTheOthers() {
        String text = permitted(",0,,x").replaceFirst(",B,4000,", ",Z,4000,");
        assertThat(ReductionListCsv.parse(text).errors()).filteredOn(e -> e.row() == 2).extracting(RowError::column)
                .containsExactly("grade", "permit_nox_mg_m3", "denitration");
    }

    @Test
    void nh3SlipLimitPerDenitrationType() {
        // plan task 8: NH3 slip <= 2.5 mg/m3 for SCR, <= 8 mg/m3 for SNCR
        assertThat(new Permit(null, 100.0, null, Denitration.SCR).nh3SlipLimit()).isEqualTo(2.5);
        assertThat(new Permit(null, 100.0, null, Denitration.SNCR).nh3SlipLimit()).isEqualTo(8.0);
        assertThat(new Permit(null, 100.0, null, Denitration.NONE).nh3SlipLimit()).isNull();
        assertThat(Permit.NONE.nh3SlipLimit()).isNull();
    }

    @Test
    void permitLimitsPerPollutantAndChecks() {
        Permit p = new Permit(35.0, 100.0, 10.0, null);
        assertThat(p.denitration()).isEqualTo(Denitration.NONE);
        assertThat(p.of(Pollutant.SO2)).isEqualTo(35.0);
        assertThat(p.of(Pollutant.NOX)).isEqualTo(100.0);
        assertThat(p.of(Pollutant.PM)).isEqualTo(10.0);
        assertThat(p.of(Pollutant.VOCS)).isNull();
        assertThat(Permit.NONE.of(Pollutant.SO2)).isNull();
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 10000.5}) {
            assertThatThrownBy(() -> new Permit(bad, null, null, Denitration.SCR)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEnterpriseWithoutPermitHasPermitNone() {
        Enterprise e = new Enterprise("91141034MA0EX0010Y", "汾西 (synthetic)", "141034", Industry.OTHER, Grade.NON_GRADED,
                new BaselineProduction(5, "t/d"), Emissions.ZERO, List.of("l1"), false, false, false);
        assertThat(e.permit()).isSameAs(Permit.NONE);
        assertThat(new Enterprise(e.creditCode(), e.name(), e.countyCode(), e.industry(), e.grade(), e.baselineProduction(),
                e.annualEmissions(), e.productionLines(), false, false, false, List.of("name")).permit()).isSameAs(Permit.NONE);
        assertThat(new Enterprise(e.creditCode(), e.name(), e.countyCode(), e.industry(), e.grade(), e.baselineProduction(),
                e.annualEmissions(), e.productionLines(), false, false, false, null, null)).isEqualTo(e);
    }

    @Test
    void thePublicListPublishesPermits() throws Exception {
        ReductionList list = imported(permitted("35,,10,SCR"));
        PublicReductionList published = PublicReductionList.of(2, list);
        assertThat(published.enterprises().get(0).permit()).isEqualTo(new PublicReductionList.PublicPermit(35.0, null, 10.0, "SCR"));
        assertThat(published.enterprises().subList(1, published.enterprises().size()))
                .allSatisfy(e -> assertThat(e.permit()).isNull());
        String json = new ObjectMapper().writeValueAsString(published);
        assertThat(json).contains("\"permit\":{\"so2MgM3\":35.0,\"pmMgM3\":10.0,\"denitration\":\"SCR\"}");
        assertThat(json.split("\"permit\"", -1)).hasSize(2);
        // a list without permits publishes exactly as before: no permit field
        assertThat(new ObjectMapper().writeValueAsString(PublicReductionList.of(2, imported(CsvFixture.exampleText()))))
                .doesNotContain("permit");
    }
}
