package org.lantian.aqi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of an AQI result: the contract's fields plus the display form and English category. */
public record AqiView(String standard, String kind, Integer aqi, String display, boolean beyondTable,
                      String category, String categoryEn, Integer level, String color,
                      List<String> primaryPollutants, List<String> exceedingPollutants, Map<String, Integer> iaqi) {

    public static AqiView of(AqiResult r) {
        Map<String, Integer> iaqi = new LinkedHashMap<>();
        r.iaqi().forEach((index, value) -> iaqi.put(index.field(), value));
        AqiCategory c = r.category();
        return new AqiView(r.standard(), r.kind().name(), r.aqi(), r.display(), r.beyondTable(),
                c == null ? null : c.chineseName(), c == null ? null : c.englishName(), c == null ? null : c.level(),
                c == null ? null : c.color(),
                r.primaryPollutants().stream().map(Pollutant::displayName).toList(),
                r.exceedingPollutants().stream().map(Pollutant::displayName).toList(), iaqi);
    }
}
