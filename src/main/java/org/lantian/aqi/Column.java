package org.lantian.aqi;

import java.util.Locale;

/** A concentration column of the HJ 633 breakpoint table, named as in the CSV header. */
enum Column {
    SO2_24H("so2_24h", SubIndex.SO2),
    SO2_1H("so2_1h", SubIndex.SO2),
    NO2_24H("no2_24h", SubIndex.NO2),
    NO2_1H("no2_1h", SubIndex.NO2),
    CO_24H("co_24h", SubIndex.CO),
    CO_1H("co_1h", SubIndex.CO),
    O3_1H("o3_1h", SubIndex.O3_1H),
    O3_8H("o3_8h", SubIndex.O3_8H),
    PM10_24H("pm10_24h", SubIndex.PM10),
    PM25_24H("pm25_24h", SubIndex.PM25);

    private final String header;
    private final SubIndex subIndex;

    Column(String header, SubIndex subIndex) {
        this.header = header;
        this.subIndex = subIndex;
    }

    String header() {
        return header;
    }

    /** The sub-index a value read against this column is reported as. */
    SubIndex subIndex() {
        return subIndex;
    }

    static Column byHeader(String header) {
        for (Column c : values()) {
            if (c.header.equals(header.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown table column '" + header + "'");
    }
}
