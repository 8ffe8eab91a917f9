package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A valid file (the documented example) imports, with every field read as written. */
class ValidFileImportTest {

    private static ReductionList imported() throws Exception {
        ImportResult result = ReductionListCsv.read(CsvFixture.EXAMPLE);
        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        return result.reductionList().orElseThrow();
    }

    @Test
    void importsAllEnterprisesInFileOrder() throws Exception {
        ReductionList list = imported();
        assertThat(list.enterprises()).extracting(Enterprise::creditCode).containsExactly(
                "91141024MA0EX0001T", "91141002MA0EX00022", "91141023MA0EX0003J", "91141081MA0EX0004M", "91141027MA0EX0005J");
        assertThat(list.plans()).extracting(p -> p.measures().size()).containsExactly(9, 8, 9, 3, 0);
    }

    @Test
    void readsEnterpriseFields() throws Exception {
        Enterprise coking = imported().plan("91141024MA0EX0001T").orElseThrow().enterprise();
        assertThat(coking).isEqualTo(new Enterprise("91141024MA0EX0001T", "洪洞示例焦化有限公司 (synthetic)", "141024",
                Industry.COKING, Grade.B, new BaselineProduction(4000, "t/d"), new Emissions(200, 600, 250, 400),
                List.of("coke-oven-1", "coke-oven-2"), false, true, true));
        Enterprise heating = imported().plan("91141027MA0EX0005J").orElseThrow().enterprise();
        assertThat(heating.basicNeeds()).isTrue();
        assertThat(heating.grade()).isEqualTo(Grade.NON_GRADED);
        assertThat(heating.baselineProduction()).isEqualTo(new BaselineProduction(120, "t/h"));
    }

    @Test
    void readsMeasuresPerLevel() throws Exception {
        EnterprisePlan coking = imported().plan("91141024MA0EX0001T").orElseThrow();
        assertThat(coking.measures(Level.YELLOW)).extracting(Measure::action).containsExactly(Action.NO_CHINA_IV_TRUCKS);
        Measure extend = coking.measures(Level.ORANGE).get(0);
        assertThat(extend).isEqualTo(new Measure(Level.ORANGE, "coke-oven-1", "炼焦", Action.EXTEND_COKING_TIME, null, 6.0,
                new Emissions(20, 56.4, 23, 39.6), Indicator.OUTPUT, "1号焦炉结焦时间由24小时延长至30小时（减产约20%）"));
        Measure limit = imported().plan("91141002MA0EX00022").orElseThrow().measures(Level.YELLOW).get(0);
        assertThat(limit.action()).isEqualTo(Action.LIMIT_PERCENT);
        assertThat(limit.limitPercent()).isEqualTo(50.0);
        assertThat(limit.cutPercent()).isEqualTo(50.0);
        Measure voluntary = imported().plan("91141081MA0EX0004M").orElseThrow().measures(Level.RED).get(0);
        assertThat(voluntary.indicator()).isNull();
        assertThat(voluntary.line()).isNull();
        assertThat(voluntary.expectedCut()).isEqualTo(Emissions.ZERO);
    }

    @Test
    void acceptsByteOrderMarkCrlfLineEndsAndContractAliases() {
        String text = "\uFEFF" + CsvFixture.exampleText()
                .replace(",NO_CHINA_IV_TRUCKS,", ",NO_CHINA_IV_OR_OLDER_TRUCKS,")
                .replace(",GATE_RECORDS,", ",GATE,")
                .replace("\n", "\r\n");
        ImportResult result = ReductionListCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)).readAllBytes());
        assertThat(result.errors()).isEmpty();
        assertThat(result.reductionList()).contains(ReductionListCsv.parse(CsvFixture.exampleText()).reductionList().orElseThrow());
    }
}
