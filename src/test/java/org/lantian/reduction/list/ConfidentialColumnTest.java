package org.lantian.reduction.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The optional {@code confidential} column: field names withheld from the public list, per enterprise; checked,
 * agreed on all the enterprise's rows, exported only when something is marked, and left out of {@link PublicReductionList}.
 */
class ConfidentialColumnTest {

    static final String COKING = "91141024MA0EX0001T";

    /** The example file with the column added: {@code marks} on the coking enterprise's rows, empty elsewhere. */
    static String marked(String marks) {
        return CsvFixture.exampleText().lines().map(l -> l.startsWith("credit_code,") ? l + ",confidential"
                : l.startsWith(COKING + ",") ? l + "," + marks : l + ",").collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void marksAreReadSortedAndWrittenBack() {
        ReductionList list = ReductionListCsv.parse(marked("Name; description")).reductionList().orElseThrow();
        assertThat(list.plan(COKING).orElseThrow().enterprise().confidential()).containsExactly("description", "name");
        assertThat(list.enterprises().stream().filter(e -> !e.creditCode().equals(COKING)))
                .allSatisfy(e -> assertThat(e.confidential()).isEmpty());
        String exported = ReductionListCsv.toCsv(list);
        assertThat(exported.lines().findFirst().orElseThrow()).endsWith(",confidential");
        assertThat(exported.lines().filter(l -> l.startsWith(COKING))).allSatisfy(l -> assertThat(l).endsWith(",description;name"));
        assertThat(ReductionListCsv.parse(exported).reductionList().orElseThrow()).isEqualTo(list);
    }

    @Test
    void withoutMarksTheFileIsAsBefore() {
        ReductionList list = ReductionListCsv.parse(marked("")).reductionList().orElseThrow();
        assertThat(ReductionListCsv.toCsv(list)).isEqualTo(CsvFixture.exampleText());
    }

    @Test
    void anUnknownFieldOrDisagreeingRowsAreRefused() {
        List<RowError> unknown = ReductionListCsv.parse(marked("name;emission_so2_t_yr")).errors();
        assertThat(unknown).isNotEmpty().allSatisfy(e -> {
            assertThat(e.column()).isEqualTo("confidential");
            assertThat(e.reason()).contains("emission_so2_t_yr");
        });
        assertThat(unknown).extracting(RowError::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        String named = marked("name");
        int last = named.lastIndexOf(",name\n");
        String disagreeing = named.substring(0, last) + ",grade\n" + named.substring(last + ",name\n".length());
        assertThat(ReductionListCsv.parse(disagreeing).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("confidential");
            assertThat(e.row()).isEqualTo(10);
            assertThat(e.reason()).contains("row 2");
        });
    }

    @Test
    void thePublicListLeavesTheMarkedFieldsOut() {
        ReductionList list = ReductionListCsv.parse(marked("name;grade;limit_percent;description")).reductionList().orElseThrow();
        PublicReductionList published = PublicReductionList.of(3, list);
        PublicReductionList.PublicEnterprise coking = published.enterprises().get(0);
        assertThat(coking.name()).isNull();
        assertThat(coking.grade()).isNull();
        assertThat(coking.industry()).isEqualTo("coking");
        assertThat(coking.regionCode()).isEqualTo("141024");
        assertThat(coking.measures().values().stream().flatMap(List::stream))
                .allSatisfy(m -> assertThat(m.description()).isNull());
        assertThat(coking.measures().get(Level.ORANGE)).extracting(PublicReductionList.PublicMeasure::hours).contains(6.0);
        PublicReductionList.PublicEnterprise cement = published.enterprises().get(1);
        assertThat(cement.name()).isEqualTo("尧都示例水泥有限公司 (synthetic)");
        assertThat(cement.measures().get(Level.YELLOW)).extracting(PublicReductionList.PublicMeasure::limitPercent).contains(50.0);
        assertThat(ReductionListCsv.parse(marked("measures")).reductionList().orElseThrow().plans().stream()
                .map(p -> PublicReductionList.of(1, new ReductionList(List.of(p))).enterprises().get(0)).toList().get(0).measures())
                .isNull();
    }
}
