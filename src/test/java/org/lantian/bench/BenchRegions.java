package org.lantian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;

import org.lantian.testing.Infra;

/**
 * Synthetic bench counties (parent 141000, named "bench …") and their stations, inserted as the superuser before
 * anything names them: the 17 demo counties have at most 99 stations each, far fewer than a province's 2,000.
 */
final class BenchRegions {

    static final String CITY = "141000";

    private BenchRegions() {
    }

    static void insertCounty(Connection c, String code) throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO region (code, name, name_en, kind, parent_code, county_group, urban_core) "
                + "VALUES (?, ?, ?, 'COUNTY', ?, 'MOUNTAIN', false) ON CONFLICT (code) DO NOTHING")) {
            p.setString(1, code);
            p.setString(2, "bench " + code);
            p.setString(3, "bench " + code);
            p.setString(4, CITY);
            p.executeUpdate();
        }
    }

    /** The readings' counties and stations (active, not demo); the demo stations out of service. */
    static void insert(BenchReadings readings) throws Exception {
        try (Connection c = Infra.db()) {
            c.setAutoCommit(false);
            for (int i = 0; i < readings.counties; i++) {
                insertCounty(c, readings.county(i));
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO station (code, name, region_code, demo, active) "
                    + "VALUES (?, ?, ?, false, true) ON CONFLICT (code) DO NOTHING")) {
                for (int s = 0; s < readings.stations; s++) {
                    p.setString(1, readings.code(s));
                    p.setString(2, "bench station " + readings.code(s));
                    p.setString(3, readings.countyOf(s));
                    p.addBatch();
                }
                p.executeBatch();
            }
            // the city is the province's network here: its demo stations, which send nothing, are taken out of service,
            // or the city's hours would wait the whole grace for them
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("UPDATE station SET active = false WHERE demo");
            }
            c.commit();
        }
    }
}
