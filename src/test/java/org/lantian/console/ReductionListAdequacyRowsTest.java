package org.lantian.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lantian.reduction.list.ReductionList;
import org.lantian.reduction.list.ReductionListCsv;

/**
 * The panel's rows for the documented example list (docs/reduction-list-example.csv), worked out by hand: in 洪洞
 * (141024) one coking plant emits SO₂ 200, NOx 600, PM 250, VOCs 400 t/a; its yellow measures cut 0, 14.4, 3, 1.6 t/a
 * — 0 %, 2.4 %, 1.2 %, 0.4 % against the 10 % required, short by 20, 45.6, 22 and 38.4 t/a; at orange it cuts 40, 127.2,
 * 61.5, 80.8 (20 %, 21.2 %, 24.6 %, 20.2 %: met).
 */
class ReductionListAdequacyRowsTest {

    @Test
    void shortAndMetLevelsAsWorkedOutByHand() throws Exception {
        ReductionList list = ReductionListCsv.parse(Files.readString(Path.of("docs/reduction-list-example.csv")))
                .reductionList().orElseThrow();
        List<ReductionListPanel.AdequacyRow> rows = ReductionListPanel.adequacy(list, List.of("141024"), Locale.CHINESE);
        assertThat(rows).extracting(ReductionListPanel.AdequacyRow::level).containsExactly("YELLOW", "ORANGE", "RED");

        ReductionListPanel.AdequacyRow yellow = rows.get(0);
        assertThat(yellow.regionName()).isEqualTo("洪洞县");
        assertThat(yellow.requiredPercent()).isEqualTo(10);
        assertThat(yellow.enterprises()).isEqualTo(1);
        assertThat(yellow.meets()).isFalse();
        assertThat(yellow.cells()).containsExactly(
                new ReductionListPanel.AdequacyCell("SO2", 0.0, 20.0, false),
                new ReductionListPanel.AdequacyCell("NOX", 2.4, 45.6, false),
                new ReductionListPanel.AdequacyCell("PM", 1.2, 22.0, false),
                new ReductionListPanel.AdequacyCell("VOCS", 0.4, 38.4, false));

        ReductionListPanel.AdequacyRow orange = rows.get(1);
        assertThat(orange.meets()).isTrue();
        assertThat(orange.cells()).containsExactly(
                new ReductionListPanel.AdequacyCell("SO2", 20.0, 0.0, true),
                new ReductionListPanel.AdequacyCell("NOX", 21.2, 0.0, true),
                new ReductionListPanel.AdequacyCell("PM", 24.6, 0.0, true),
                new ReductionListPanel.AdequacyCell("VOCS", 20.2, 0.0, true));
    }

    @Test
    void theCityRowsComeFirstNamedInTheConsolesLanguage() throws Exception {
        ReductionList list = ReductionListCsv.parse(Files.readString(Path.of("docs/reduction-list-example.csv")))
                .reductionList().orElseThrow();
        assertThat(ReductionListPanel.adequacy(list, List.of("141000", "141024"), Locale.ENGLISH))
                .extracting(r -> r.regionCode() + " " + r.regionName() + " " + r.levelLabel())
                .startsWith("141000 Linfen Yellow", "141000 Linfen Orange", "141000 Linfen Red", "141024 洪洞县 Yellow");
    }
}
