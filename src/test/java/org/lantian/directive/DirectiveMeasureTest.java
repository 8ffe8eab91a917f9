package org.lantian.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Measures as published (an industrial order's list measure, a region's control) read back field by field, nulls left out. */
class DirectiveMeasureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void publishedMeasuresReadBackWithTheirFields() throws Exception {
        String published = """
                [{"line":"sinter-1","process":null,"action":"LIMIT","limitPercent":80.0,"hours":null,\
                "expectedCut":{"so2":12.5,"nox":20.1,"pm":6.3,"vocs":0.4},"indicator":"ELECTRICITY","description":"限产20%"},\
                {"action":"ODD_EVEN_PLATES","description":"机动车单双号限行"},\
                {"action":"STOP_EARTHWORK","scope":"all sites","indicator":"SITE_INSPECTION","description":"停止土石方作业"}]""";
        List<DirectiveMeasure> measures = JSON.readValue(published, new TypeReference<>() { });
        assertThat(measures.get(0).limitPercent()).isEqualTo(80.0);
        assertThat(measures.get(0).expectedCut().nox()).isEqualTo(20.1);
        assertThat(measures.get(2).scope()).isEqualTo("all sites");
        assertThat(JSON.writeValueAsString(measures)).isEqualTo("""
                [{"line":"sinter-1","action":"LIMIT","limitPercent":80.0,\
                "expectedCut":{"so2":12.5,"nox":20.1,"pm":6.3,"vocs":0.4},"indicator":"ELECTRICITY","description":"限产20%"},\
                {"action":"ODD_EVEN_PLATES","description":"机动车单双号限行"},\
                {"action":"STOP_EARTHWORK","indicator":"SITE_INSPECTION","scope":"all sites","description":"停止土石方作业"}]""");
    }
}
