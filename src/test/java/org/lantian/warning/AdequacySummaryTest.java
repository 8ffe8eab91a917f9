package org.lantian.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.reduction.list.Pollutant;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The adequacy summary keeps the JSON it had as a map: stored in jsonb, carried in events, read back the same. */
class AdequacySummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void itIsWrittenAsTheMapWasAndReadBack() throws Exception {
        AdequacySummary summary = new AdequacySummary(3, WarningLevel.ORANGE, 20, false, 12,
                List.of(new AdequacySummary.PollutantCut(Pollutant.SO2, 25.5, true, 0),
                        new AdequacySummary.PollutantCut(Pollutant.VOCS, 7.25, false, 1.125)));
        String json = JSON.writeValueAsString(summary);
        assertThat(json).isEqualTo("""
                {"listVersion":3,"level":"ORANGE","requiredPercent":20,"meets":false,"enterprises":12,"pollutants":[\
                {"pollutant":"SO2","percent":25.5,"meets":true,"shortfallTonnes":0.0},\
                {"pollutant":"VOCS","percent":7.25,"meets":false,"shortfallTonnes":1.125}]}""");
        assertThat(JSON.readValue(json, AdequacySummary.class)).isEqualTo(summary);
    }
}
